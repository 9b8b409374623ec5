package io.eventwire.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.eventstore.entity.StoredEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OrderPlaced version 2 added {@code channel}: version-1 events (in the store, or from an older producer) read
 * as version 2 from the web, and a reader written for version 1 still reads version 2. The saga's consumers
 * with a version-1 OrderPlaced: {@link VersionOneOrderIT}.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPlacedVersionsIT {

    /** OrderPlaced as a version-1 consumer declared it. */
    public record OrderPlacedV1(String orderId, String customerId, String email, List<OrderPlaced.Item> items,
                                String paymentToken) {
    }

    @Test
    void aVersionOneEventIsReadAsVersionTwoFromTheWeb() {
        EventEnvelope event = EventJson.parse(versionOne(UUID.randomUUID().toString()));

        assertEquals(2, event.eventVersion());
        OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
        assertEquals("WEB", placed.channel());
        assertEquals("tok_visa", placed.paymentToken());
        assertEquals(List.of(new OrderPlaced.Item("SKU-1", 2)), placed.items());
    }

    @Test
    void theStoreKeepsVersionOneAndServesVersionTwo() {
        JsonObject payload = Json.createReader(new StringReader(payloadV1("o-1"))).readObject();
        EventEnvelope written = new EventEnvelope(UUID.randomUUID().toString(), "OrderPlaced", 1,
                "2025-06-01T10:00:00Z", "o-1", null, "Order", "o-1", payload);

        EventEnvelope read = new StoredEvent(written).envelope();

        assertEquals(2, read.eventVersion());
        assertEquals("WEB", read.payload().getString("channel"));
        assertEquals(payload.getJsonArray("items"), read.payload().getJsonArray("items"));
    }

    @Test
    void aVersionOneReaderReadsVersionTwo() {
        OrderPlaced placed = new OrderPlaced("o-2", "C-1", "c1@example.com", List.of(new OrderPlaced.Item("SKU-2", 1)),
                "tok_visa", "LEGACY");
        String json = EventJson.toJson(EventJson.envelope(placed, "o-2", null));

        OrderPlacedV1 old = JsonbBuilder.create().fromJson(
                JsonbBuilder.create().toJson(EventJson.parse(json).payload()), OrderPlacedV1.class);

        assertEquals(new OrderPlacedV1("o-2", "C-1", "c1@example.com", placed.items(), "tok_visa"), old);
    }

    private static String versionOne(String orderId) {
        return """
                {"eventId":"%s","eventType":"OrderPlaced","eventVersion":1,"occurredAt":"2025-06-01T10:00:00Z",
                 "correlationId":"%s","causationId":null,"aggregateType":"Order","aggregateId":"%s","payload":%s}"""
                .formatted(UUID.randomUUID(), orderId, orderId, payloadV1(orderId));
    }

    private static String payloadV1(String orderId) {
        return """
                {"orderId":"%s","customerId":"C-1","email":"c1@example.com","items":[{"sku":"SKU-1","quantity":2}],
                 "paymentToken":"tok_visa"}""".formatted(orderId);
    }
}
