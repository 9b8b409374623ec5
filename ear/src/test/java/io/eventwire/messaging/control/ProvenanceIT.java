package io.eventwire.messaging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Database;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.Smtp;
import io.eventwire.events.EventRows;
import io.eventwire.events.OrderEvents;
import io.eventwire.inventory.boundary.InventoryOrdersConsumer;
import io.eventwire.notification.boundary.NotificationOrdersConsumer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message whose transaction did not store its event (its database branch rolled back after a crash, its broker
 * branch committed) has no effect; one whose database branch is still prepared waits for it and then acts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvenanceIT {

    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final String PLACEMENTS = "orders::" + InventoryOrdersConsumer.SUBSCRIPTION;
    private static final String NOTICES = "orders::" + NotificationOrdersConsumer.SUBSCRIPTION;

    @ArquillianResource
    URL base;

    @Test
    void anOrderPlacedItsTransactionDidNotStoreReservesNothing() {
        Http http = new Http(base);
        String sku = "PH-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 5, "1.00");
        double phantomsBefore = phantoms(http, InventoryOrdersConsumer.SUBSCRIPTION);
        OrderEvents order = new OrderEvents(UUID.randomUUID().toString());

        order.deliver(PLACEMENTS, order.placed("phantom@example.com", sku));

        Eventually.await("inventory.orders to drop the phantom", SAGA,
                () -> phantoms(http, InventoryOrdersConsumer.SUBSCRIPTION), dropped -> dropped > phantomsBefore);
        JsonObject stock = Http.object(http.get("/api/inventory/" + sku, "client"));
        assertEquals(5, stock.getInt("available"), stock.toString());
        assertEquals(0, stock.getInt("reserved"), stock.toString());
    }

    @Test
    void anEventWhoseDatabaseBranchIsPreparedWaitsForItsCommitAndIsThenHandled() throws SQLException {
        Http http = new Http(base);
        String email = "prepared-" + UUID.randomUUID() + "@example.com";
        OrderEvents order = new OrderEvents(UUID.randomUUID().toString());
        OrderEvents.stored(order.placed(email));
        String confirmed = order.confirmed("4.00");
        String branch = "provenance-" + UUID.randomUUID();
        double waitsBefore = waits(http);
        try (Connection database = Database.connect()) {
            database.setAutoCommit(false);
            EventRows.store(database, confirmed);
            execute(database, "PREPARE TRANSACTION '" + branch + "'");
        }
        boolean committed = false;
        try {
            order.deliver(NOTICES, confirmed);
            Eventually.await("notification.orders to wait for the prepared OrderConfirmed", SAGA, () -> waits(http),
                    waits -> waits > waitsBefore);
            assertTrue(Smtp.mailsTo(email).isEmpty(), "no mail before the end's transaction commits");

            try (Connection database = Database.connect()) {
                execute(database, "COMMIT PREPARED '" + branch + "'");
                committed = true;
            }
        } finally {
            if (!committed) {
                try (Connection database = Database.connect()) {
                    execute(database, "ROLLBACK PREPARED '" + branch + "'");
                }
            }
        }

        Eventually.await("the mail to " + email, SAGA, () -> Smtp.mailsTo(email), mails -> mails.size() == 1);
    }

    private static double phantoms(Http http, String subscription) {
        return Metrics.value(Metrics.scrape(http), "eventwire_phantom_events_total",
                Map.of("subscription", subscription, "type", "OrderPlaced"));
    }

    /** Deliveries of OrderConfirmed that notification.orders failed, waiting included. */
    private static double waits(Http http) {
        return Metrics.value(Metrics.scrape(http), "eventwire_event_failures_total",
                Map.of("subscription", NotificationOrdersConsumer.SUBSCRIPTION, "type", "OrderConfirmed"));
    }

    private static void execute(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute(sql);
        }
    }
}
