package io.eventwire.legacy.boundary;

import static io.eventwire.legacy.boundary.LegacyRecords.csv;
import static io.eventwire.legacy.boundary.LegacyRecords.fixed;
import static io.eventwire.legacy.boundary.LegacyRecords.newRef;
import static io.eventwire.legacy.boundary.LegacyRecords.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eventwire.Broker;
import io.eventwire.Http;
import io.eventwire.legacy.boundary.LegacyRecords.Status;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A legacy system places orders on legacy.orders.in and follows them on legacy.orders.status, with a real
 * client of each protocol the broker's acceptor speaks, signed on as the broker user {@code legacy}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegacyRecordsIT {

    static final String INBOUND = "legacy.orders.in";
    static final String STATUS = "legacy.orders.status";
    static final String REJECTED = "legacy.orders.rejected";

    @ArquillianResource
    URL base;

    @BeforeEach
    void stocked() {
        Http http = new Http(base);
        http.send(http.request("/api/inventory/" + LegacyRecords.SKU, "operator")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"available\":100000,\"price\":\"2.50\"}")));
    }

    @Test
    void aCoreClientPlacesAFixedOrderAndReadsItAcceptedThenConfirmed() throws JMSException {
        String ref = newRef("CORE");

        List<Status> statuses = placeAndFollow(Broker.as("legacy"), ref, fixed(ref, "tok_visa", 2, 3), null);

        assertConfirmed(ref, statuses, 2, "12.50");
    }

    @Test
    void anOpenWireClientPlacesACsvOrderAndReadsItAcceptedThenConfirmed() throws JMSException {
        String ref = newRef("OW");
        ConnectionFactory openWire = new org.apache.activemq.ActiveMQConnectionFactory("legacy", "legacy",
                "tcp://127.0.0.1:" + Broker.port() + "?jms.watchTopicAdvisories=false");

        List<Status> statuses = placeAndFollow(openWire, ref, csv(ref, "tok_visa", 4), "CSV");

        assertConfirmed(ref, statuses, 1, "10.00");
    }

    @Test
    void anAmqpClientPlacesAnXmlOrderAndReadsItAcceptedThenConfirmed() throws JMSException {
        String ref = newRef("AMQP");
        ConnectionFactory amqp = new JmsConnectionFactory("legacy", "legacy", "amqp://127.0.0.1:" + Broker.port());

        List<Status> statuses = placeAndFollow(amqp, ref, xml(ref, "tok_flaky", 1), null);

        assertConfirmed(ref, statuses, 1, "2.50");
    }

    @Test
    void aStompClientSendsAFixedOrderAsBytesAndReadsItAcceptedThenConfirmed() {
        String ref = newRef("STOMP");
        List<Status> statuses = new ArrayList<>();
        try (Stomp stomp = new Stomp(Broker.port(), "legacy", "legacy")) {
            assertEquals("CONNECTED", stomp.connected().command());
            stomp.subscribe(STATUS, "legacyRef = '" + ref + "'");
            stomp.sendBytes(INBOUND, Map.of("format", "FIXED"),
                    fixed(ref, "tok_visa", 1).getBytes(StandardCharsets.UTF_8));
            statuses.add(Status.parse(stomp.receive().text()));
            statuses.add(Status.parse(stomp.receive().text()));
        }

        assertConfirmed(ref, statuses, 1, "2.50");
    }

    @Test
    void theSameLegacyRefTwiceIsOneOrderAndTheRepeatIsAnsweredWithItsStatus() throws JMSException {
        String ref = newRef("TWICE");
        List<Status> first = placeAndFollow(Broker.as("legacy"), ref, fixed(ref, "tok_chargeDeclined", 1), null);
        assertEquals(List.of("ACCEPTED", "CANCELLED"), first.stream().map(Status::status).toList());

        List<Status> repeat = send(Broker.as("legacy"), ref, csv(ref, "tok_visa", 1), null, 1);

        assertEquals(new Status(ref, first.get(0).orderId(), "CANCELLED", "PAYMENT_DECLINED"), repeat.get(0));
        JsonObject order = Http.object(new Http(base).get("/api/orders/" + first.get(0).orderId(), "operator"));
        assertEquals("CANCELLED", order.getString("status"));
        assertEquals(ref, order.getString("legacyRef"));
    }

    @Test
    void theLegacyUserMaySendOnlyToTheInboundQueueAndReadOnlyStatuses() {
        try (JMSContext legacy = Broker.as("legacy").createContext()) {
            assertThrows(JMSRuntimeException.class,
                    () -> legacy.createProducer().send(legacy.createQueue(STATUS), "STS forged"));
            assertThrows(JMSRuntimeException.class,
                    () -> legacy.createProducer().send(legacy.createQueue(REJECTED), "forged"));
            assertThrows(JMSRuntimeException.class, () -> legacy.createConsumer(legacy.createQueue(INBOUND)));
            assertThrows(JMSRuntimeException.class, () -> legacy.createConsumer(legacy.createQueue(REJECTED)));
        }
    }

    private void assertConfirmed(String ref, List<Status> statuses, int items, String total) {
        String orderId = statuses.get(0).orderId();
        assertEquals(List.of(new Status(ref, orderId, "ACCEPTED", ""), new Status(ref, orderId, "CONFIRMED", "")),
                statuses);
        JsonObject order = Http.object(new Http(base).get("/api/orders/" + orderId, "operator"));
        assertEquals("CONFIRMED", order.getString("status"));
        assertEquals("LEGACY", order.getString("channel"));
        assertEquals(ref, order.getString("legacyRef"));
        assertEquals("C-LEGACY", order.getString("customerId"));
        assertEquals(items, order.getJsonArray("items").size());
        assertEquals(total, order.getString("total"));
    }

    /** Sends one record and reads its ACCEPTED and final status records, on the same protocol. */
    static List<Status> placeAndFollow(ConnectionFactory factory, String legacyRef, String record, String format)
            throws JMSException {
        return send(factory, legacyRef, record, format, 2);
    }

    private static List<Status> send(ConnectionFactory factory, String legacyRef, String record, String format,
                                     int answers) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer statuses = session.createConsumer(session.createQueue(STATUS),
                    "legacyRef = '" + legacyRef + "'");
            TextMessage message = session.createTextMessage(record);
            if (format != null) {
                message.setStringProperty("format", format);
            }
            session.createProducer(session.createQueue(INBOUND)).send(message);
            List<Status> received = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                TextMessage status = (TextMessage) statuses.receive(30_000);
                assertNotNull(status, "status record " + (i + 1) + " of " + legacyRef);
                received.add(Status.parse(status.getText()));
            }
            return received;
        }
    }
}
