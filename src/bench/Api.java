import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP API as the bench uses it, every request counted: one POST per order and, before the measured window,
 * the operator's PUTs that seed the stock. Nothing else: the bench never asks the API how an order went.
 */
final class Api {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String url;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AtomicLong orderRequests = new AtomicLong();
    private final AtomicLong setupRequests = new AtomicLong();

    Api(String url) {
        this.url = url;
    }

    CompletableFuture<HttpResponse<String>> placeOrder(String json) {
        orderRequests.incrementAndGet();
        return http.sendAsync(request("/api/orders", "client")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> putStock(String sku, long available, String price) {
        setupRequests.incrementAndGet();
        return http.sendAsync(request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + available + ",\"price\":\"" + price + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    long orderRequests() {
        return orderRequests.get();
    }

    long setupRequests() {
        return setupRequests.get();
    }

    private HttpRequest.Builder request(String path, String user) {
        String password = System.getenv().getOrDefault("EVENTWIRE_" + user.toUpperCase() + "_PASSWORD", user);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + credentials);
    }
}
