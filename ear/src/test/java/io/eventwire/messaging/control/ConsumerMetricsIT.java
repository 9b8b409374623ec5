package io.eventwire.messaging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Broker;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import jakarta.jms.JMSContext;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** /metrics counts, per event type and subscription, what consumers handled, how long it took and what failed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsumerMetricsIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @Test
    void aConfirmedOrderAndAnUnreadableMessageShowUpPerTypeAndSubscription() {
        Http http = new Http(base);
        String sku = "X-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 5, "1.00");
        String orderId = Http.object(http.postJson("/api/orders", "client", "{\"customerId\":\"C-metrics\",\"email\":"
                + "\"metrics@example.com\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],\"payment\":{\"token\":\"tok_visa\"}}"))
                .getString("orderId");
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setJMSCorrelationID(orderId).send(jms.createTopic("inventory::payment.inventory"), "not json");
        }
        Eventually.await("order " + orderId + " to be confirmed", SAGA,
                () -> Http.object(http.get("/api/orders/" + orderId, "client")).getString("status"), "CONFIRMED"::equals);

        String scrape = Eventually.await("the unreadable message's failure", SAGA, () -> Metrics.scrape(http),
                text -> Metrics.value(text, "eventwire_event_failures_total", Map.of("subscription", "payment.inventory", "type", "unreadable")) >= 1);

        Map<String, String> reserving = Map.of("subscription", "inventory.orders", "type", "OrderPlaced");
        assertTrue(Metrics.value(scrape, "eventwire_events_handled_total", reserving) >= 1, scrape);
        assertTrue(Metrics.value(scrape, "eventwire_event_processing_seconds_count", reserving) >= 1, scrape);
        assertTrue(Metrics.value(scrape, "eventwire_event_processing_seconds_sum", reserving) > 0, scrape);
        assertTrue(Metrics.value(scrape, "eventwire_events_published_total", Map.of("type", "OrderConfirmed")) >= 1, scrape);
        assertEquals(0, Metrics.value(scrape, "eventwire_event_failures_total", reserving), "the order itself failed nowhere");
    }
}
