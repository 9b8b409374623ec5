package io.eventwire.inventory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.PausedQueue;
import io.eventwire.events.OrderEvents;
import io.eventwire.payment.boundary.PaymentInventoryConsumer;
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
 * A payment's outcome can reach Inventory before the reservation it follows from is visible: XA commits the
 * reservation's broker branch (its InventoryReserved) and its database branch in no set order. Here the outcome
 * comes first on purpose, while inventory.orders is held back: it waits for the reservation and then ships it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockroomArrivalOrderIT {

    private static final Duration SAGA = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    @Test
    void aPaymentCapturedBeforeItsReservationIsVisibleShipsTheReservationOnceItIs() {
        Http http = new Http(base);
        String sku = "A-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 5, "2.00");
        double waitsBefore = waits(http);

        String orderId;
        try (PausedQueue totals = PausedQueue.pause(PaymentInventoryConsumer.SUBSCRIPTION)) {
            try (PausedQueue placements = PausedQueue.pause(InventoryOrdersConsumer.SUBSCRIPTION)) {
                orderId = Http.object(http.postJson("/api/orders", "client", "{\"customerId\":\"C-early\",\"email\":"
                        + "\"early@example.com\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],"
                        + "\"payment\":{\"token\":\"tok_visa\"}}")).getString("orderId");
                OrderEvents events = new OrderEvents(orderId);
                events.send("payments::" + InventoryPaymentsConsumer.SUBSCRIPTION, events.captured("2.00"));
                Eventually.await("inventory.payments to wait for the reservation", SAGA, () -> waits(http),
                        waits -> waits > waitsBefore);
            }
            // The early outcome must be the only one: Payment never gets the total, so it never charges.
            String reserved = Eventually.await("the reservation", SAGA, () -> http.event(orderId, "InventoryReserved"),
                    Optional::isPresent).orElseThrow().getString("eventId");
            assertEquals(1, totals.lose("eventId = '" + reserved + "'"));
        }

        Eventually.await(sku + " to ship the unit once its reservation is there", SAGA,
                () -> Http.object(http.get("/api/inventory/" + sku, "client")),
                stock -> stock.getInt("available") == 4 && stock.getInt("reserved") == 0);
    }

    /** Deliveries of PaymentCaptured that inventory.payments failed, waiting included. */
    private static double waits(Http http) {
        return Metrics.value(Metrics.scrape(http), "eventwire_event_failures_total",
                Map.of("subscription", InventoryPaymentsConsumer.SUBSCRIPTION, "type", "PaymentCaptured"));
    }
}
