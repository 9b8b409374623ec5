package io.eventwire.legacy.boundary;

import static io.eventwire.legacy.boundary.LegacyRecords.csv;
import static io.eventwire.legacy.boundary.LegacyRecords.fixed;
import static io.eventwire.legacy.boundary.LegacyRecords.newRef;
import static io.eventwire.legacy.boundary.LegacyRecords.xml;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Broker;
import io.eventwire.Http;
import io.eventwire.legacy.boundary.LegacyRecords.Status;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every malformed record lands on legacy.orders.rejected, body unchanged, with the code and a reason; none
 * makes an order, and the legacy channel keeps working after them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegacyRejectionsIT {

    /** One malformed message: its body as text or as bytes, the format property if sent, the code expected. */
    record Malformed(String name, String code, String text, byte[] bytes, String format) {

        static Malformed text(String name, String code, String text) {
            return new Malformed(name, code, text, null, null);
        }

        Malformed as(String format) {
            return new Malformed(name, code, text, bytes, format);
        }
    }

    private static final String REF = "BAD-REF";
    private static final String CUSTOMER = "C-LEGACY";

    @ArquillianResource
    URL base;

    static List<Malformed> corpus() {
        String fixed = fixed(REF, "tok_visa", 2, 1);
        String[] lines = fixed.split("\r\n");
        String csv = csv(REF, "tok_visa", 2, 1);
        String xml = xml(REF, "tok_visa", 2);
        List<Malformed> corpus = new ArrayList<>(List.of(
                Malformed.text("fixed-truncated-header", "MALFORMED", fixed.substring(0, 60)
                        + fixed.substring(fixed.indexOf("\r\n"))),
                Malformed.text("fixed-truncated-item", "MALFORMED", fixed.replace(lines[1], lines[1].substring(0, 17))),
                Malformed.text("fixed-overlong-line", "MALFORMED", fixed.replace(lines[1], lines[1] + "XX")),
                Malformed.text("fixed-letter-in-quantity", "BAD_QUANTITY", fixed.replace(lines[1],
                        lines[1].substring(0, 15) + "00x02")),
                Malformed.text("fixed-zero-quantity", "BAD_QUANTITY", fixed.replace(lines[1],
                        lines[1].substring(0, 15) + "00000")),
                Malformed.text("fixed-trailer-count-mismatch", "BAD_TRAILER", fixed.replace("TRL00002", "TRL00003")),
                Malformed.text("fixed-trailer-not-a-number", "BAD_TRAILER", fixed.replace("TRL00002", "TRL0000x")),
                Malformed.text("fixed-missing-header", "MALFORMED", fixed.substring(fixed.indexOf("ITM"))).as("FIXED"),
                Malformed.text("fixed-missing-trailer", "MALFORMED", fixed.substring(0, fixed.indexOf("TRL"))),
                Malformed.text("fixed-no-items", "NO_ITEMS", lines[0] + "\r\nTRL00000\r\n"),
                Malformed.text("fixed-unknown-record", "MALFORMED", fixed.replace(lines[2], "XYZ" + lines[2].substring(3))),
                Malformed.text("fixed-blank-customer", "MISSING_FIELD", fixed.replace(CUSTOMER + "  ", " ".repeat(10))),
                Malformed.text("fixed-bad-email", "BAD_FIELD", fixed.replace("legacy@example.com", "legacy-at-example"
                        + " ".repeat(1))),
                Malformed.text("fixed-card-number-not-token", "BAD_FIELD",
                        fixed.replace(LegacyRecords.pad("tok_visa", 30), LegacyRecords.pad("4111111111111111", 30))),
                Malformed.text("fixed-empty-line", "MALFORMED", fixed.replace("\r\nTRL", "\r\n\r\nTRL")),
                Malformed.text("csv-no-header", "MALFORMED", csv.substring(csv.indexOf('\n') + 1)).as("CSV"),
                Malformed.text("csv-wrong-column-count", "MALFORMED", csv.replace(",LEGACY-SKU", ",EXTRA,LEGACY-SKU")),
                Malformed.text("csv-mixed-references", "MIXED_REFERENCES", csv.substring(0, csv.lastIndexOf(REF))
                        + "OTHER-REF" + csv.substring(csv.lastIndexOf(REF) + REF.length())),
                Malformed.text("csv-word-quantity", "BAD_QUANTITY", csv.replace(",2\n", ",two\n")),
                Malformed.text("csv-zero-quantity", "BAD_QUANTITY", csv.replace(",2\n", ",0\n")),
                Malformed.text("csv-negative-quantity", "BAD_QUANTITY", csv.replace(",2\n", ",-2\n")),
                Malformed.text("csv-too-large-quantity", "BAD_QUANTITY", csv.replace(",2\n", ",100000\n")),
                Malformed.text("csv-header-only", "NO_ITEMS", csv.substring(0, csv.indexOf('\n') + 1)),
                Malformed.text("csv-unclosed-quote", "MALFORMED", csv.replace(",LEGACY-SKU", ",\"LEGACY-SKU")),
                Malformed.text("csv-missing-email", "MISSING_FIELD", csv.replace("legacy@example.com", "")),
                Malformed.text("csv-reference-too-long", "BAD_FIELD", csv.replace(REF, "REF-THIRTEEN!")),
                Malformed.text("xml-not-well-formed", "MALFORMED", xml.replace("</order>", "")),
                Malformed.text("xml-doctype-external-entity", "DTD_FORBIDDEN", """
                        <?xml version="1.0"?>
                        <!DOCTYPE order [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                        <order legacyRef="&secret;" customerId="C-LEGACY" email="legacy@example.com" paymentToken="tok_visa">
                          <item sku="LEGACY-SKU" quantity="1"/>
                        </order>"""),
                Malformed.text("xml-entity-expansion-bomb", "DTD_FORBIDDEN", """
                        <?xml version="1.0"?>
                        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                        <order legacyRef="&lol3;" customerId="C-LEGACY" email="legacy@example.com" paymentToken="tok_visa">
                          <item sku="LEGACY-SKU" quantity="1"/>
                        </order>"""),
                Malformed.text("xml-missing-attribute", "MISSING_FIELD", xml.replace(" paymentToken=\"tok_visa\"", "")),
                Malformed.text("xml-no-items", "NO_ITEMS", xml.replaceAll("  <item[^>]*/>\n", "")),
                Malformed.text("xml-wrong-root", "MALFORMED", xml.replace("<order ", "<purchase ").replace("</order>",
                        "</purchase>")),
                Malformed.text("xml-fractional-quantity", "BAD_QUANTITY", xml.replace("quantity=\"2\"", "quantity=\"1.5\"")),
                Malformed.text("xml-unknown-element", "MALFORMED", xml.replace("</order>", "<note/></order>")),
                Malformed.text("empty-body", "EMPTY", ""),
                Malformed.text("whitespace-only", "EMPTY", " \r\n\t\n"),
                Malformed.text("unknown-format", "UNKNOWN_FORMAT", "PLEASE SHIP 2 OF LEGACY-SKU TO C-LEGACY"),
                Malformed.text("unknown-format-property", "UNKNOWN_FORMAT", csv).as("JSON"),
                Malformed.text("format-property-contradicts-body", "MALFORMED", fixed).as("XML"),
                Malformed.text("multi-megabyte-body", "TOO_LARGE", csv + "#".repeat(3 * 1024 * 1024)),
                new Malformed("bytes-not-utf8", "BAD_ENCODING", null,
                        fixed.replace("C-LEGACY", "C-LÉGACY").getBytes(StandardCharsets.ISO_8859_1), null),
                new Malformed("bytes-empty", "EMPTY", null, new byte[0], null),
                Malformed.text("fixed-nul-in-customer", "CONTROL_CHARACTER", fixed.replace("C-LEGACY", "C-LE\u0000ACY")),
                Malformed.text("csv-nul-in-sku", "CONTROL_CHARACTER", csv.replace(",LEGACY-SKU", ",LEGACY\u0000SKU")),
                Malformed.text("xml-escape-in-email", "CONTROL_CHARACTER", xml.replace("legacy@", "leg\u001Bacy@")),
                new Malformed("bytes-nul-in-reference", "CONTROL_CHARACTER", null,
                        fixed.replace(REF, "BAD\u0000REF").getBytes(StandardCharsets.UTF_8), null)));
        return corpus;
    }

    @Test
    void everyMalformedRecordIsRejectedWithItsCodeAndItsBodyUnchangedAndMakesNoOrder() throws JMSException {
        List<Malformed> corpus = corpus();
        try (JMSContext legacy = Broker.as("legacy").createContext()) {
            for (Malformed malformed : corpus) {
                JMSProducer producer = legacy.createProducer().setProperty("corpusCase", malformed.name());
                if (malformed.format() != null) {
                    producer.setProperty("format", malformed.format());
                }
                if (malformed.text() != null) {
                    producer.send(legacy.createQueue(LegacyRecordsIT.INBOUND), malformed.text());
                } else {
                    producer.send(legacy.createQueue(LegacyRecordsIT.INBOUND), malformed.bytes());
                }
            }
        }

        List<Executable> checks = new ArrayList<>();
        try (JMSContext operator = Broker.as("admin").createContext()) { // the rejections are the operators' to read
            for (Malformed malformed : corpus) {
                try (JMSConsumer rejected = operator.createConsumer(
                        operator.createQueue(LegacyRecordsIT.REJECTED), "corpusCase = '" + malformed.name() + "'")) {
                    Message message = rejected.receive(30_000);
                    assertNotNull(message, malformed.name() + " is on " + LegacyRecordsIT.REJECTED);
                    String code = message.getStringProperty("rejectCode");
                    String reason = message.getStringProperty("rejectReason");
                    checks.add(() -> assertEquals(malformed.code(), code, malformed.name() + ": " + reason));
                    checks.add(() -> assertFalse(reason == null || reason.isBlank(), malformed.name() + " has a reason"));
                    checks.add(() -> assertEquals(malformed.format(), message.getStringProperty("format")));
                    checks.add(bodyUnchanged(malformed, message));
                }
            }
        }
        assertAll(checks);

        assertTrue(legacyOrdersOf(CUSTOMER).stream().noneMatch(order -> order.getString("legacyRef").startsWith("BAD")
                || order.getString("legacyRef").equals("OTHER-REF")), "no malformed record made an order");
        String next = newRef("NEXT");
        List<Status> statuses = LegacyRecordsIT.placeAndFollow(Broker.as("legacy"), next, fixed(next, "tok_visa", 1),
                null);
        assertEquals(List.of("ACCEPTED", "CONFIRMED"), statuses.stream().map(Status::status).toList());
    }

    @Test
    void aRejectedRecordWithAReferenceIsAnsweredRejectedWithItsCode() throws JMSException {
        String ref = newRef("REJ");
        try (JMSContext legacy = Broker.as("legacy").createContext()) {
            JMSConsumer statuses = legacy.createConsumer(legacy.createQueue(LegacyRecordsIT.STATUS),
                    "legacyRef = '" + ref + "'");
            legacy.createProducer().send(legacy.createQueue(LegacyRecordsIT.INBOUND),
                    fixed(ref, "tok_visa", 1).replace("TRL00001", "TRL00009"));

            TextMessage status = (TextMessage) statuses.receive(30_000);

            assertNotNull(status, "a status record for " + ref);
            assertEquals(new Status(ref, "", "REJECTED", "BAD_TRAILER"), Status.parse(status.getText()));
        }
    }

    private static Executable bodyUnchanged(Malformed malformed, Message message) throws JMSException {
        if (malformed.text() != null) {
            TextMessage text = assertInstanceOf(TextMessage.class, message, malformed.name());
            String body = text.getText() == null ? "" : text.getText();
            return () -> assertEquals(malformed.text(), body, malformed.name() + " body");
        }
        BytesMessage bytes = assertInstanceOf(BytesMessage.class, message, malformed.name());
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return () -> assertArrayEquals(malformed.bytes(), body, malformed.name() + " body");
    }

    /** Orders the legacy customer has, as the event store tells (their OrderPlaced payloads). */
    private List<JsonObject> legacyOrdersOf(String customerId) {
        return Http.array(new Http(base).get("/api/events?type=OrderPlaced&limit=1000", "operator")).stream()
                .map(event -> event.asJsonObject().getJsonObject("payload"))
                .filter(payload -> customerId.equals(payload.getString("customerId")))
                .map(payload -> Http.object(new Http(base).get("/api/orders/" + payload.getString("orderId"),
                        "operator")))
                .toList();
    }
}
