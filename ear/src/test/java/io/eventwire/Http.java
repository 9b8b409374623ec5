package io.eventwire;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** A small HTTP client for the API, as a script or a browser-less user would call it. */
public final class Http {

    /**
     * HTTP/1.1, as a script's client speaks it: Java's default upgrades to HTTP/2 (h2c), and Payara closes idle
     * HTTP/2 connections, which failed the first request a test sent on one ("Idle connection closed by HTTP/2
     * peer"); on HTTP/1.1 the client sends an idempotent request again on a fresh connection.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * How long any request may wait for its answer unless it sets its own: a server that accepts connections but no
     * longer answers (it ran out of heap once) fails the test instead of holding the suite for good. Tests with an
     * HTTP client of their own give their requests this deadline too.
     */
    public static final Duration ANSWER = Duration.ofSeconds(60);

    private final URI base;

    public Http(java.net.URL base) {
        this.base = URI.create(base.toString());
    }

    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(ANSWER);
        if (user != null) {
            String credentials = user + ":" + user;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    public HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sets a SKU's stock and price as the operator (PUT /api/inventory/{sku}); anything but 200 fails the test. */
    public void stock(String sku, int available, String price) {
        HttpResponse<String> response = send(request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + available + ",\"price\":\"" + price + "\"}")));
        if (response.statusCode() != 200) {
            throw new AssertionError("stocking " + sku + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The order's stored events, in store order (GET /api/orders/{orderId}/events, as a client). */
    public List<JsonObject> events(String orderId) {
        return array(get("/api/orders/" + orderId + "/events", "client")).getValuesAs(JsonObject.class);
    }

    /** The order's first stored event of a type, if it is stored yet. */
    public Optional<JsonObject> event(String orderId, String type) {
        return events(orderId).stream().filter(event -> event.getString("eventType").equals(type)).findFirst();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
