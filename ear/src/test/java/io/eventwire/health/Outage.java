package io.eventwire.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** What the outage tests see of the system, as a monitor polling /health and a client placing orders would. */
final class Outage {

    /** The names of the checks (web-module's io.eventwire.health.BrokerCheck and DatabaseCheck). */
    static final String BROKER = "broker";
    static final String DATABASE = "database";

    /** /health must say DOWN this soon after a part dies. */
    static final Duration DETECTION = Duration.ofSeconds(5);
    /** and UP again this soon after it is back. */
    static final Duration RECOVERY = Duration.ofSeconds(60);

    private static final Duration ANSWER = Duration.ofSeconds(2);
    private static final Duration REQUEST = Duration.ofSeconds(15);
    private static final Duration SAGA = Duration.ofSeconds(60);
    /** How long a refused client keeps repeating its request. */
    private static final Duration RETRIES = Duration.ofSeconds(30);

    private final Http http;

    Outage(Http http) {
        this.http = http;
    }

    /** /health, which must answer within 2 s whatever is down. */
    JsonObject health() {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(http.request("/health", null).timeout(ANSWER).GET());
        long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(tookMillis <= ANSWER.toMillis(), "/health answered after " + tookMillis + " ms");
        return Http.object(response);
    }

    JsonObject awaitDown(String check, Duration within) {
        return Eventually.await("/health to say DOWN naming the " + check, within, this::health,
                health -> "DOWN".equals(statusOf(health, check)));
    }

    void awaitHealthy(Duration within) {
        Eventually.await("/health to be UP with the broker and the database UP", within, this::health,
                health -> "UP".equals(health.getString("status")) && "UP".equals(statusOf(health, BROKER))
                        && "UP".equals(statusOf(health, DATABASE)));
    }

    /** A SKU of its own with this many units, so the test's orders touch nobody else's stock. */
    String stock(int units) {
        String sku = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = http.send(http.request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + units + ",\"price\":\"1.00\"}")));
        assertEquals(200, response.statusCode(), response.body());
        return sku;
    }

    HttpResponse<String> place(String sku, String idempotencyKey) {
        return place(sku, idempotencyKey, "tok_visa");
    }

    private HttpResponse<String> place(String sku, String idempotencyKey, String token) {
        String order = """
                {"customerId":"C-OUTAGE","email":"outage@example.com","items":[{"sku":"%s","quantity":1}],"payment":{"token":"%s"}}"""
                .formatted(sku, token);
        return http.send(http.request("/api/orders", "client")
                .timeout(REQUEST)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(order)));
    }

    /** A clear refusal the client can act on: 503, a problem document naming the part, and when to try again. */
    static void assertUnavailable(HttpResponse<String> response, String part) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "a Retry-After header");
        JsonObject problem = Http.object(response);
        assertEquals(503, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(part), problem.toString());
    }

    /**
     * A client that was refused repeats its order with the same key, as a real client does while it is answered
     * 503 (the first request after a broker restart may still meet a pooled connection the broker closed, which
     * the pool then replaces): it is placed now (202, not a stale 200) and confirmed.
     */
    void assertPlacedAndConfirmed(String sku, String idempotencyKey) {
        assertPlacedAndConfirmed(sku, idempotencyKey, "tok_visa");
    }

    /** @param token tok_flaky: captured only by the payment retries, which run from a timer after the first attempt */
    void assertPlacedAndConfirmed(String sku, String idempotencyKey, String token) {
        HttpResponse<String> placed = Eventually.await("the order to be accepted again", RETRIES,
                () -> place(sku, idempotencyKey, token), response -> response.statusCode() != 503);
        assertEquals(202, placed.statusCode(), placed.body());
        String orderId = Http.object(placed).getString("orderId");
        Eventually.await("order " + orderId + " to be CONFIRMED", SAGA,
                () -> Http.object(http.get("/api/orders/" + orderId, "client")).getString("status"),
                "CONFIRMED"::equals);
    }

    static String statusOf(JsonObject health, String check) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(result -> check.equals(result.getString("name")))
                .map(result -> result.getString("status"))
                .findFirst()
                .orElse("MISSING");
    }
}
