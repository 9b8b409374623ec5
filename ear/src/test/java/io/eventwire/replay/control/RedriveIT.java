package io.eventwire.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.PausedQueue;
import io.eventwire.Smtp;
import io.eventwire.payment.boundary.PaymentInventoryConsumer;
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
 * A delivery lost between the broker and a consumer (here: payment.inventory never gets an order's InventoryReserved,
 * so Payment never charges) stalls the order; the redrive publishes its events again and the order ends
 * as it would have, with one charge and one mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedriveIT {

    /** 30 s of quiet before an order counts as stalled, a tick every 15 s, then the rest of the saga. */
    private static final Duration REDRIVE = Duration.ofSeconds(120);

    @ArquillianResource
    URL base;

    @Test
    void anOrderWhoseTotalWasLostIsRedrivenAndEndsWithOneChargeAndOneMail() throws MessagingException {
        Http http = new Http(base);
        String sku = "R-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "redrive-" + UUID.randomUUID() + "@example.com";
        http.stock(sku, 5, "2.00");
        double redrivesBefore = redrives(http);

        String orderId;
        try (PausedQueue totals = PausedQueue.pause(PaymentInventoryConsumer.SUBSCRIPTION)) {
            var placed = http.postJson("/api/orders", "client", "{\"customerId\":\"C-redrive\",\"email\":\"" + email
                    + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],\"payment\":{\"token\":\"tok_visa\"}}");
            assertEquals(202, placed.statusCode(), placed.body());
            orderId = Http.object(placed).getString("orderId");
            String reservedId = Eventually.await("the reservation", Duration.ofSeconds(30),
                    () -> http.event(orderId, "InventoryReserved"), Optional::isPresent).orElseThrow().getString("eventId");
            assertEquals(1, totals.lose("eventId = '" + reservedId + "'"), "the InventoryReserved held back");
        }

        JsonObject order = Eventually.await("order " + orderId + " to end after its redrive", REDRIVE,
                () -> Http.object(http.get("/api/orders/" + orderId, "client")),
                found -> !found.getString("status").equals("PENDING"));
        assertEquals("CONFIRMED", order.getString("status"));
        assertTrue(redrives(http) > redrivesBefore, "the redrive published the order's events again");
        List<String> types = Eventually.await("the mail's NotificationSent", Duration.ofSeconds(30),
                () -> http.events(orderId).stream().map(event -> event.getString("eventType")).toList(),
                story -> story.contains("NotificationSent"));
        assertEquals(List.of("OrderPlaced", "InventoryReserved", "PaymentCaptured", "OrderConfirmed",
                "NotificationSent"), types, "each event once: the consumers refused the copies they had handled");
        assertEquals(1, Smtp.mailsTo(email).size(), "one mail");
        Eventually.await(sku + " to ship one unit", Duration.ofSeconds(30),
                () -> Http.object(http.get("/api/inventory/" + sku, "client")),
                stock -> stock.getInt("available") == 4 && stock.getInt("reserved") == 0);
    }

    private static double redrives(Http http) {
        return Metrics.value(Metrics.scrape(http), "eventwire_redrives_total", Map.of());
    }
}
