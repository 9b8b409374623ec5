package io.eventwire.deadletter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Broker;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.events.OrderEvents;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An operator sees why a message died, fixes the cause, and sends it back to the queue it died in, or deletes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadLettersIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @AfterEach
    void mailServerBack() {
        MailOutage.end();
    }

    @Test
    void aConfirmationThatDiedWhileMailWasDownIsRetriedAfterTheFixAndTheCustomerIsMailed() {
        Http http = new Http(base);
        String email = "dlq-" + UUID.randomUUID() + "@example.com";
        String orderId = MailOutage.placeOrderWhileMailIsDown(http, email);

        JsonObject dead = DeadLetterList.await(http, orderId);

        assertEquals("notification.orders", dead.getString("originalQueue"));
        assertEquals("orders", dead.getString("originalAddress"));
        assertEquals("OrderConfirmed", dead.getString("eventType"));
        assertTrue(dead.getBoolean("failureRecorded"));
        assertEquals(5, dead.getInt("failures"), "five failures of its own, each recorded");
        assertEquals(6, dead.getInt("deliveryCount"), "five failed deliveries and the sixth that moved it");
        assertTrue(Instant.parse(dead.getString("sentAt")).isBefore(Instant.parse(dead.getString("failedAt"))),
                "sent when the order was confirmed, before any failure: " + dead);
        assertEquals(IllegalStateException.class.getName(), dead.getString("errorClass"));
        assertTrue(dead.getString("errorMessage").startsWith("cannot mail " + email), dead.getString("errorMessage"));
        assertTrue(dead.getString("payload").contains("\"eventType\":\"OrderConfirmed\""));
        assertEquals("CONFIRMED", Http.object(http.get("/api/orders/" + orderId, "client")).getString("status"));
        assertEquals(403, retry(http, dead.getString("id"), "viewer").statusCode(), "a viewer may only look");
        assertEquals(200, http.get("/api/admin/dlq", "viewer").statusCode());
        assertEquals(403, http.get("/api/admin/dlq", "client").statusCode());

        MailOutage.end();
        assertEquals(204, retry(http, dead.getString("id"), "operator").statusCode());

        Eventually.await("the confirmation mail to " + email, SAGA, () -> MailOutage.mailed(email), mailed -> mailed);
        Eventually.await("NotificationSent in the order's story", SAGA,
                () -> http.get("/api/orders/" + orderId + "/events", "client").body(), body -> body.contains("NotificationSent"));
        assertNull(DeadLetterList.find(http, orderId), "the retried message left the DLQ");
        HttpResponse<String> again = retry(http, dead.getString("id"), "operator");
        assertEquals(404, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void anUnreadableMessageIsRecordedAsMalformedAndDeletingRemovesIt() {
        Http http = new Http(base);
        String marker = UUID.randomUUID().toString();
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setJMSCorrelationID(marker)
                    .send(jms.createTopic("orders::inventory.orders"), "{\"not\":\"an envelope\"}");
        }

        JsonObject dead = DeadLetterList.await(http, marker);

        assertEquals("inventory.orders", dead.getString("originalQueue"));
        assertEquals("io.eventwire.events.MalformedEventException", dead.getString("errorClass"));
        assertEquals("{\"not\":\"an envelope\"}", dead.getString("payload"));
        assertEquals(403, http.send(http.request("/api/admin/dlq/" + dead.getString("id"), "viewer").DELETE()).statusCode());
        assertEquals(204, http.send(http.request("/api/admin/dlq/" + dead.getString("id"), "operator").DELETE()).statusCode());
        assertNull(DeadLetterList.find(http, marker));
        assertEquals(404, http.send(http.request("/api/admin/dlq/" + dead.getString("id"), "operator").DELETE()).statusCode());
    }

    @Test
    void aMessageSentWithoutAMessageIdIsCountedByItsContentListedAndRetried() {
        Http http = new Http(base);
        String marker = UUID.randomUUID().toString();
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setDisableMessageID(true).setJMSCorrelationID(marker)
                    .send(jms.createTopic("inventory::payment.inventory"), "no event either");
        }

        JsonObject dead = DeadLetterList.await(http, marker);

        assertTrue(dead.getString("id").startsWith("payment.inventory~"), dead.getString("id"));
        assertEquals(5, dead.getInt("failures"), "its failures are found without a message id");
        assertEquals("inventory", dead.getString("originalAddress"),
                "sent to inventory::payment.inventory, it belongs to topic inventory");
        assertEquals(204, retry(http, dead.getString("id"), "operator").statusCode());
        JsonObject again = DeadLetterList.await(http, marker);
        assertEquals(204, http.send(http.request("/api/admin/dlq/" + again.getString("id"), "operator").DELETE()).statusCode());
        assertNull(DeadLetterList.find(http, marker));
    }

    @Test
    void aLetterTheBrokerDeadLetteredWithoutAnyFailureOfOursIsListedRetriedAndDeleted() {
        Http http = new Http(base);
        String retried = UUID.randomUUID().toString();
        String deleted = UUID.randomUUID().toString();
        DeadLetterList.deadLetteredByTheBroker("orders", "notification.orders", retried, "OrderConfirmed", confirmed(retried));
        DeadLetterList.deadLetteredByTheBroker("orders", "notification.orders", deleted, "OrderConfirmed", confirmed(deleted));

        JsonObject letter = DeadLetterList.await(http, retried);

        assertEquals("notification.orders", letter.getString("originalQueue"));
        assertEquals("OrderConfirmed", letter.getString("eventType"), "read from the message, as nothing was recorded");
        assertFalse(letter.getBoolean("failureRecorded"));
        assertEquals(0, letter.getInt("failures"));
        assertTrue(letter.isNull("deliveryCount"), "the broker keeps no count on a dead letter");
        assertTrue(letter.isNull("errorClass"));
        assertTrue(letter.isNull("failedAt"));
        double handledBefore = handled(http);
        assertEquals(204, retry(http, letter.getString("id"), "operator").statusCode());
        String id = DeadLetterList.await(http, deleted).getString("id");
        assertEquals(204, http.send(http.request("/api/admin/dlq/" + id, "operator").DELETE()).statusCode());

        assertNull(DeadLetterList.find(http, deleted));
        Eventually.await("notification.orders to handle the retried OrderConfirmed", SAGA, () -> handled(http),
                handled -> handled > handledBefore);
        assertNull(DeadLetterList.find(http, retried), "handled, it did not come back");
    }

    /** A well-formed OrderConfirmed for notification.orders, stored after its OrderPlaced: handling it mails once. */
    private static String confirmed(String orderId) {
        OrderEvents order = new OrderEvents(orderId);
        OrderEvents.stored(order.placed("crash@example.com"));
        return OrderEvents.stored(order.confirmed("1.00"));
    }

    private static double handled(Http http) {
        return Metrics.value(Metrics.scrape(http), "eventwire_events_handled_total",
                Map.of("subscription", "notification.orders", "type", "OrderConfirmed"));
    }

    private static HttpResponse<String> retry(Http http, String id, String user) {
        return http.send(http.request("/api/admin/dlq/" + id + "/retry", user).POST(HttpRequest.BodyPublishers.noBody()));
    }
}
