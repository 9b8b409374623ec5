package io.eventwire.payment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.PausedQueue;
import io.eventwire.Smtp;
import io.eventwire.events.OrderEvents;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment needs the token (OrderPlaced, on payment.orders) and the total (InventoryReserved, on payment.inventory).
 * Here the total arrives first, because payment.orders is held back until it has been handled: the order still
 * ends as it would have, with one charge, exact stock and one mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CashierArrivalOrderIT {

    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final String TOTALS = "inventory::" + PaymentInventoryConsumer.SUBSCRIPTION;

    @ArquillianResource
    URL base;

    @Test
    void theTotalBeforeTheTokenChargesOnceConfirmsShipsAndMailsOnce() throws MessagingException {
        JsonObject order = totalBeforeToken("tok_visa");

        assertEquals("CONFIRMED", order.getString("status"));
        assertEquals("6.00", order.getString("total"));
    }

    @Test
    void theTotalBeforeADeclinedTokenCancelsPutsTheStockBackAndMailsOnce() throws MessagingException {
        JsonObject order = totalBeforeToken("tok_chargeDeclined");

        assertEquals("CANCELLED", order.getString("status"));
        assertEquals("PAYMENT_DECLINED", order.getString("reason"));
    }

    @Test
    void copiesOfTheTotalDeliveredAtOnceChargeOnceAndFailNothing() {
        Http http = new Http(base);
        String sku = "P-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 5, "3.00");
        String scrape = Metrics.scrape(http);
        double repeatsBefore = Metrics.value(scrape, "eventwire_gateway_repeats_total", Map.of());
        double failuresBefore = failures(scrape);
        double duplicatesBefore = duplicates(scrape);

        String orderId;
        try (PausedQueue totals = PausedQueue.pause(PaymentInventoryConsumer.SUBSCRIPTION)) {
            var placed = http.postJson("/api/orders", "client", "{\"customerId\":\"C-copies\",\"email\":\"copies-"
                    + UUID.randomUUID() + "@example.com\",\"items\":[{\"sku\":\"" + sku
                    + "\",\"quantity\":1}],\"payment\":{\"token\":\"tok_visa\"}}");
            orderId = Http.object(placed).getString("orderId");
            JsonObject reserved = Eventually.await("the total to be stored", SAGA, () -> event(http, orderId,
                    "InventoryReserved"), Optional::isPresent).orElseThrow();
            OrderEvents copies = new OrderEvents(orderId);
            for (int copy = 0; copy < 3; copy++) {
                copies.send(TOTALS, reserved.toString());
            }
        }

        Eventually.await("three copies refused", SAGA, () -> duplicates(Metrics.scrape(http)),
                refused -> refused >= duplicatesBefore + 3);
        assertEquals(1, types(http, orderId).stream().filter("PaymentCaptured"::equals).count(), "one charge");
        String after = Metrics.scrape(http);
        assertEquals(repeatsBefore, Metrics.value(after, "eventwire_gateway_repeats_total", Map.of()),
                "the gateway never got the same charge twice");
        assertEquals(failuresBefore, failures(after), "the copies waited for the first and were refused, none failed");
    }

    /** Places an order of 2 × 3.00 from 5 units while payment.orders is held back; returns the finished order. */
    private JsonObject totalBeforeToken(String token) throws MessagingException {
        Http http = new Http(base);
        String sku = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "arrival-" + UUID.randomUUID() + "@example.com";
        http.stock(sku, 5, "3.00");
        double totalsBefore = totalsHandled(http);

        String orderId;
        try (PausedQueue tokens = PausedQueue.pause(PaymentOrdersConsumer.SUBSCRIPTION)) {
            var placed = http.postJson("/api/orders", "client", "{\"customerId\":\"C-arrival\",\"email\":\"" + email
                    + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":2}],\"payment\":{\"token\":\"" + token + "\"}}");
            assertEquals(202, placed.statusCode(), placed.body());
            orderId = Http.object(placed).getString("orderId");
            Eventually.await("payment.inventory to handle the total", SAGA, () -> totalsHandled(http),
                    handled -> handled > totalsBefore);
            assertEquals(List.of("OrderPlaced", "InventoryReserved"), types(http, orderId), "no charge without the token");
        }

        JsonObject order = Eventually.await("order " + orderId + " to finish", SAGA,
                () -> Http.object(http.get("/api/orders/" + orderId, "client")),
                found -> !found.getString("status").equals("PENDING"));
        boolean paid = order.getString("status").equals("CONFIRMED");
        List<String> types = Eventually.await("the order's whole story", SAGA, () -> types(http, orderId),
                story -> story.contains("NotificationSent") && (paid || story.contains("InventoryReleased")));
        assertEquals(1, types.stream().filter(type -> type.startsWith("Payment")).count(), "one charge: " + types);
        Eventually.await(sku + " to settle at " + (paid ? 3 : 5) + " available, none reserved", SAGA,
                () -> Http.object(http.get("/api/inventory/" + sku, "client")),
                stock -> stock.getInt("available") == (paid ? 3 : 5) && stock.getInt("reserved") == 0);
        assertEquals(1, Smtp.mailsTo(email).size(), "one mail, sent with the NotificationSent in the story");
        assertTrue(Smtp.mailsTo(email).get(0).getSubject().contains(paid ? "confirmed" : "cancelled"));
        return order;
    }

    /** Copies of events payment.inventory refused because it had handled them. */
    private static double duplicates(String scrape) {
        return Metrics.value(scrape, "eventwire_duplicate_events_total",
                Map.of("subscription", PaymentInventoryConsumer.SUBSCRIPTION));
    }

    private static double failures(String scrape) {
        return Metrics.value(scrape, "eventwire_event_failures_total",
                Map.of("subscription", PaymentInventoryConsumer.SUBSCRIPTION, "type", "InventoryReserved"));
    }

    private static Optional<JsonObject> event(Http http, String orderId, String type) {
        return http.events(orderId).stream().filter(event -> event.getString("eventType").equals(type)).findFirst();
    }

    private static double totalsHandled(Http http) {
        return Metrics.value(Metrics.scrape(http), "eventwire_events_handled_total",
                Map.of("subscription", PaymentInventoryConsumer.SUBSCRIPTION, "type", "InventoryReserved"));
    }

    private static List<String> types(Http http, String orderId) {
        return http.events(orderId).stream().map(event -> event.getString("eventType")).toList();
    }
}
