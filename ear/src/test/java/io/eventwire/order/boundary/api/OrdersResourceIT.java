package io.eventwire.order.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.PausedQueue;
import io.eventwire.payment.boundary.PaymentInventoryConsumer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST/GET /api/orders as a client script calls them (CONTRACT §3). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersResourceIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    private static final String ORDER = """
            {"customerId":"C-100","email":"c100@example.com","items":[{"sku":"SKU-1","quantity":2}],"payment":{"token":"tok_visa"}}""";

    @ArquillianResource
    URL base;

    @Test
    void placingAnOrderAnswers202WithItsLocationAndItReadsBackPending() {
        Http http = new Http(base);

        HttpResponse<String> placed = http.postJson("/api/orders", "client", ORDER);

        assertEquals(202, placed.statusCode());
        String orderId = Http.object(placed).getString("orderId");
        assertEquals("PENDING", Http.object(placed).getString("status"));
        assertEquals("/api/orders/" + orderId, placed.headers().firstValue("Location").orElseThrow());

        JsonObject order = Http.object(http.get("/api/orders/" + orderId, "viewer"));
        assertEquals("C-100", order.getString("customerId"));
        assertEquals("PENDING", order.getString("status"));
        assertTrue(order.isNull("reason"));
        assertTrue(order.isNull("total"));
        assertEquals("SKU-1", order.getJsonArray("items").getJsonObject(0).getString("sku"));

        JsonArray events = Http.array(http.get("/api/orders/" + orderId + "/events", "client"));
        assertEquals("OrderPlaced", events.getJsonObject(0).getString("eventType"));
        assertEquals(orderId, events.getJsonObject(0).getString("correlationId"));
        assertTrue(events.getJsonObject(0).isNull("causationId"));
    }

    @Test
    void aReservedOrderShowsItsPricesWhileItsPaymentWaits() {
        Http http = new Http(base);
        String sku = "PR-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 10, "4.25");
        String orderId;
        try (PausedQueue totals = PausedQueue.pause(PaymentInventoryConsumer.SUBSCRIPTION)) {
            orderId = Http.object(http.postJson("/api/orders", "client", """
                    {"customerId":"C-101","email":"c101@example.com","items":[{"sku":"%s","quantity":2}],\
                    "payment":{"token":"tok_visa"}}""".formatted(sku))).getString("orderId");
            String placed = orderId;
            Eventually.await("the reservation in the store", SAGA,
                    () -> Http.array(http.get("/api/orders/" + placed + "/events", "client")).toString(),
                    events -> events.contains("InventoryReserved"));

            JsonObject pending = Http.object(http.get("/api/orders/" + orderId, "viewer"));

            assertEquals("PENDING", pending.getString("status"));
            assertEquals("8.50", pending.getString("total"));
            assertEquals("4.25", pending.getJsonArray("items").getJsonObject(0).getString("unitPrice"));
        }
        String paid = orderId;
        JsonObject confirmed = Eventually.await("the order to be confirmed", SAGA,
                () -> Http.object(http.get("/api/orders/" + paid, "viewer")), order -> "CONFIRMED".equals(order.getString("status")));
        assertEquals("8.50", confirmed.getString("total"));
        assertEquals("4.25", confirmed.getJsonArray("items").getJsonObject(0).getString("unitPrice"));
    }

    @Test
    void theEventStoreIsReadableByCorrelationAndTypeWithSequences() {
        Http http = new Http(base);
        String orderId = Http.object(http.postJson("/api/orders", "client", ORDER)).getString("orderId");

        JsonArray mine = Http.array(http.get("/api/events?correlationId=" + orderId, "viewer"));
        JsonArray placed = Http.array(http.get("/api/events?type=OrderPlaced&limit=1000", "operator"));

        assertEquals("OrderPlaced", mine.getJsonObject(0).getString("eventType"));
        long sequence = mine.getJsonObject(0).getJsonNumber("sequence").longValue();
        assertTrue(placed.getValuesAs(JsonObject.class).stream().allMatch(e -> e.getString("eventType").equals("OrderPlaced")));
        assertEquals(0, Http.array(http.get("/api/events?correlationId=" + orderId + "&afterSequence=" + sequence
                + "&type=OrderPlaced", "viewer")).size());
        assertEquals(403, http.get("/api/events", "client").statusCode());
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstOrderWith200() {
        Http http = new Http(base);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = http.send(http.request("/api/orders", "client")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ORDER)));
        HttpResponse<String> repeat = http.send(http.request("/api/orders", "client")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ORDER)));

        assertEquals(202, first.statusCode());
        assertEquals(200, repeat.statusCode());
        assertEquals(Http.object(first).getString("orderId"), Http.object(repeat).getString("orderId"));
    }

    @Test
    void anInvalidBodyIsA400ProblemNamingEachField() {
        HttpResponse<String> response = new Http(base).postJson("/api/orders", "client",
                "{\"customerId\":\"\",\"email\":\"not-an-email\",\"items\":[{\"sku\":\"SKU-1\",\"quantity\":0}],"
                        + "\"payment\":{\"token\":\"4111111111111111\"}}");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        String fields = Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList().toString();
        assertEquals("[customerId, email, items[0].quantity, payment.token]", fields);
        assertTrue(!response.body().contains("4111111111111111"), "card data is never echoed");
    }

    @Test
    void unreadableJsonIsA400Problem() {
        HttpResponse<String> response = new Http(base).postJson("/api/orders", "client", "{\"customerId\":");

        assertEquals(400, response.statusCode());
        assertEquals("body", Http.object(response).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownOrderIs404() {
        assertEquals(404, new Http(base).get("/api/orders/" + UUID.randomUUID(), "client").statusCode());
    }

    @Test
    void healthReportsBrokerAndDatabaseUpAnonymously() {
        HttpResponse<String> health = new Http(base).get("/health", null);

        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"broker\""), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertEquals(200, new Http(base).get("/metrics", null).statusCode());
    }
}
