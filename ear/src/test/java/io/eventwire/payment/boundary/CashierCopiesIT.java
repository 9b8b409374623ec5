package io.eventwire.payment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.PausedQueue;
import io.eventwire.events.OrderEvents;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Copies of one InventoryReserved delivered at once (a redrive, a replay, a producer's retry) wait on the first
 * one's Inbox claim and are refused once it commits: one charge, and no copy fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CashierCopiesIT {

    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final String TOTALS = "inventory::" + PaymentInventoryConsumer.SUBSCRIPTION;

    @ArquillianResource
    URL base;

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
            JsonObject reserved = Eventually.await("the total to be stored", SAGA,
                    () -> http.event(orderId, "InventoryReserved"), Optional::isPresent).orElseThrow();
            OrderEvents copies = new OrderEvents(orderId);
            for (int copy = 0; copy < 3; copy++) {
                copies.send(TOTALS, reserved.toString());
            }
        }

        Eventually.await("three copies refused", SAGA, () -> duplicates(Metrics.scrape(http)),
                refused -> refused >= duplicatesBefore + 3);
        // A copy in the first one's batch is refused before that batch commits its charge.
        Eventually.await("the charge to be stored", SAGA, () -> charges(http, orderId), charges -> charges > 0);
        assertEquals(1, charges(http, orderId), "one charge");
        String after = Metrics.scrape(http);
        assertEquals(repeatsBefore, Metrics.value(after, "eventwire_gateway_repeats_total", Map.of()),
                "the gateway never got the same charge twice");
        assertEquals(failuresBefore, failures(after), "the copies waited for the first and were refused, none failed");
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

    private static long charges(Http http, String orderId) {
        return http.events(orderId).stream().map(event -> event.getString("eventType"))
                .filter("PaymentCaptured"::equals).count();
    }
}
