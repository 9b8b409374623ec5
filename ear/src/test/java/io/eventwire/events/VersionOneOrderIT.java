package io.eventwire.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Database;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.PausedQueue;
import io.eventwire.Smtp;
import io.eventwire.inventory.boundary.InventoryOrdersConsumer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order whose OrderPlaced is version 1 (no {@code channel}), on the topic and in the store, as an older producer
 * wrote it: Inventory reserves from the message, Payment charges the token and Notification mails the address it
 * reads from the stored version 1, and the order ends as a version-2 order would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VersionOneOrderIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @Test
    void aVersionOneOrderPlacedIsReservedChargedAndMailed() throws SQLException {
        Http http = new Http(base);
        String sku = "V1-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "version-one-" + UUID.randomUUID() + "@example.com";
        http.stock(sku, 5, "2.50");

        String orderId;
        try (PausedQueue placements = PausedQueue.pause(InventoryOrdersConsumer.SUBSCRIPTION)) {
            var placed = http.postJson("/api/orders", "client", "{\"customerId\":\"C-v1\",\"email\":\"" + email
                    + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":2}],\"payment\":{\"token\":\"tok_visa\"}}");
            assertEquals(202, placed.statusCode(), placed.body());
            orderId = Http.object(placed).getString("orderId");
            JsonObject versionTwo = http.events(orderId).get(0);
            String eventId = versionTwo.getString("eventId");
            assertEquals(1, placements.lose("eventId = '" + eventId + "'"), "the version-2 OrderPlaced held back");

            JsonObject versionOne = versionOne(versionTwo);
            storeAsVersionOne(eventId, versionOne.getJsonObject("payload"));
            new OrderEvents(orderId).deliver("orders::" + InventoryOrdersConsumer.SUBSCRIPTION, versionOne.toString());
        }

        JsonObject order = Eventually.await("order " + orderId + " to end", SAGA,
                () -> Http.object(http.get("/api/orders/" + orderId, "client")),
                found -> !found.getString("status").equals("PENDING"));
        assertEquals("CONFIRMED", order.getString("status"), order.toString());
        assertEquals("5.00", order.getString("total"));
        Eventually.await("one confirmation mail to " + email, SAGA, () -> Smtp.mailsTo(email).size(),
                mails -> mails == 1);
    }

    /** The envelope as a version-1 producer wrote it: the same event, without {@code channel}. */
    private static JsonObject versionOne(JsonObject versionTwo) {
        return Json.createObjectBuilder(versionTwo).remove("sequence").add("eventVersion", 1)
                .add("payload", Json.createObjectBuilder(versionTwo.getJsonObject("payload")).remove("channel"))
                .build();
    }

    private static void storeAsVersionOne(String eventId, JsonObject payload) throws SQLException {
        try (Connection database = Database.connect();
             PreparedStatement update = database.prepareStatement(
                     "UPDATE event_store SET event_version = 1, payload = ? WHERE event_id = ?")) {
            update.setString(1, payload.toString());
            update.setString(2, eventId);
            assertEquals(1, update.executeUpdate(), "the stored OrderPlaced");
        }
    }
}
