package io.eventwire.replay.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.deadletter.boundary.DeadLetterList;
import io.eventwire.deadletter.boundary.MailOutage;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replay sends stored events to one subscription only: the others of the same topic see nothing (their
 * duplicate counters stay put), and the named one applies what it never handled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplayIT {

    private static final Duration SAGA = Duration.ofSeconds(60);
    private static final String DUPLICATES = "eventwire_duplicate_events_total";

    @ArquillianResource
    URL base;

    @AfterEach
    void mailServerBack() {
        MailOutage.end();
    }

    @Test
    void aDeletedDeadLetterIsReplayedToItsSubscriptionAloneWhichMailsTheCustomer() {
        Http http = new Http(base);
        String email = "replay-" + UUID.randomUUID() + "@example.com";
        String orderId = MailOutage.placeOrderWhileMailIsDown(http, email);
        JsonObject dead = DeadLetterList.await(http, orderId);
        MailOutage.end();
        assertEquals(204, http.send(http.request("/api/admin/dlq/" + dead.getString("id"), "operator").DELETE()).statusCode());
        long confirmed = sequenceOf(http, orderId, "OrderConfirmed");
        String before = Metrics.scrape(http);

        JsonObject done = replayUntilDone(http, "{\"subscription\":\"notification.orders\",\"type\":\"OrderConfirmed\","
                + "\"fromSequence\":" + confirmed + ",\"toSequence\":" + confirmed + "}");

        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(1, done.getInt("total"));
        assertEquals(1, done.getInt("sent"));
        assertEquals(100, done.getInt("percent"));
        Eventually.await("the confirmation mail to " + email, SAGA, () -> MailOutage.mailed(email), mailed -> mailed);
        String after = Metrics.scrape(http);
        for (String other : new String[] {"inventory.orders", "legacy.orders"}) {
            assertEquals(duplicates(before, other), duplicates(after, other), other + " got no copy");
        }
    }

    @Test
    void anEventTheSubscriptionHandledIsRefusedByItsInboxAndNoOtherSubscriptionSeesIt() {
        Http http = new Http(base);
        String orderId = placeAndFinish(http);
        long placed = sequenceOf(http, orderId, "OrderPlaced");
        String before = Metrics.scrape(http);

        JsonObject done = replayUntilDone(http, "{\"subscription\":\"inventory.orders\",\"fromSequence\":" + placed
                + ",\"toSequence\":" + placed + "}");
        assertEquals("DONE", done.getString("status"), done.toString());

        Eventually.await("inventory.orders to refuse the replayed OrderPlaced", SAGA,
                () -> duplicates(Metrics.scrape(http), "inventory.orders"), count -> count == duplicates(before, "inventory.orders") + 1);
        String after = Metrics.scrape(http);
        assertEquals(duplicates(before, "notification.orders"), duplicates(after, "notification.orders"));
        assertEquals(duplicates(before, "legacy.orders"), duplicates(after, "legacy.orders"));
        assertEquals(1, Http.array(http.get("/api/events?type=InventoryReserved&correlationId=" + orderId, "viewer")).size(),
                "no second reservation");
    }

    @Test
    void anUnknownSubscriptionIsRefusedByName() {
        Http http = new Http(base);

        HttpResponse<String> response = http.postJson("/api/admin/replay", "operator", "{\"subscription\":\"nobody.orders\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(Http.object(response).getString("detail").contains("nobody.orders"), response.body());
        assertEquals(403, http.postJson("/api/admin/replay", "viewer", "{\"subscription\":\"inventory.orders\"}").statusCode());
        assertEquals(404, http.get("/api/admin/replay/" + UUID.randomUUID(), "viewer").statusCode());
        assertEquals(400, http.postJson("/api/admin/replay", "operator",
                "{\"subscription\":\"inventory.orders\",\"from\":\"yesterday\"}").statusCode());
    }

    @Test
    void theOrderStatusesAreRebuiltFromTheStoreWithProgress() {
        Http http = new Http(base);
        placeAndFinish(http);

        JsonObject done = untilDone(http, http.send(http.request("/api/admin/rebuild/order-statuses", "operator")
                .POST(HttpRequest.BodyPublishers.noBody())));

        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals("READ_MODEL", done.getString("kind"));
        assertEquals("order-statuses", done.getString("target"));
        assertTrue(done.getInt("total") >= 3, "at least the order's OrderPlaced, OrderConfirmed and what else the topic holds");
        assertEquals(done.getInt("total"), done.getInt("sent"));
        assertEquals(403, http.send(http.request("/api/admin/rebuild/order-statuses", "viewer")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        HttpResponse<String> unknown = http.send(http.request("/api/admin/rebuild/nothing", "operator")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, unknown.statusCode());
        assertTrue(Http.object(unknown).getString("detail").contains("'nothing'"), unknown.body());
    }

    private static JsonObject replayUntilDone(Http http, String request) {
        return untilDone(http, http.postJson("/api/admin/replay", "operator", request));
    }

    private static JsonObject untilDone(Http http, HttpResponse<String> started) {
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/admin/replay/" + Http.object(started).getString("replayId")));
        return Eventually.await("the replay to finish", SAGA,
                () -> Http.object(http.get(location, "viewer")), progress -> !progress.getString("status").equals("RUNNING"));
    }

    private static String placeAndFinish(Http http) {
        String sku = "R-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 5, "1.00");
        String orderId = Http.object(http.postJson("/api/orders", "client", "{\"customerId\":\"C-replay\",\"email\":"
                + "\"replay@example.com\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],\"payment\":{\"token\":\"tok_visa\"}}"))
                .getString("orderId");
        Eventually.await("order " + orderId + " to be confirmed", SAGA,
                () -> Http.object(http.get("/api/orders/" + orderId, "client")).getString("status"), "CONFIRMED"::equals);
        return orderId;
    }

    private static long sequenceOf(Http http, String orderId, String type) {
        return Http.array(http.get("/api/events?type=" + type + "&correlationId=" + orderId, "operator"))
                .getJsonObject(0).getJsonNumber("sequence").longValue();
    }

    private static double duplicates(String scrape, String subscription) {
        return Metrics.value(scrape, DUPLICATES, Map.of("subscription", subscription));
    }
}
