import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Eventwire's HTTP API as its users reach it: Basic authentication, JSON, every call with a deadline. */
final class Api {

    /** Longer than any answer of a healthy server; a hung server must not hold a client forever either. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** CONTRACT: /health answers within 2 s; a slower answer counts as not healthy. */
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

    private final String url;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Api(String url) {
        this.url = url;
    }

    HttpResponse<String> placeOrder(String json, String idempotencyKey) throws IOException, InterruptedException {
        return http.send(request("/api/orders", "client", REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putStock(String sku, int available, String price) throws IOException, InterruptedException {
        return http.send(request("/api/inventory/" + sku, "operator", REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + available + ",\"price\":\"" + price + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** UP with both of our checks present, as `src/bin/eventwire start` waits for it. */
    boolean healthy() {
        return unhealthy().isEmpty();
    }

    /** Why /health is not UP with both checks: its status and body (they name the check and its error), or none. */
    Optional<String> unhealthy() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/health"))
                    .timeout(HEALTH_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean up = health.statusCode() == 200 && health.body().contains("\"name\":\"broker\"")
                    && health.body().contains("\"name\":\"database\"");
            return up ? Optional.empty() : Optional.of("HTTP " + health.statusCode() + " " + health.body().strip());
        } catch (IOException e) {
            return Optional.of(String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private HttpRequest.Builder request(String path, String user, Duration timeout) {
        String password = System.getenv().getOrDefault("EVENTWIRE_" + user.toUpperCase() + "_PASSWORD", user);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout).header("Authorization", "Basic " + credentials);
    }
}
