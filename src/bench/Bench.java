import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for a running Eventwire (src/bin/eventwire bench): seeds stock, places orders through the
 * HTTP API, waits until every order is CONFIRMED or CANCELLED, and reports orders/s and the latency from
 * the 202 of POST /api/orders to the first GET that shows the order finished. JDK only, so it runs as
 * `java Bench.java` without a build.
 */
public class Bench {

    private static final String[] SKUS = {"BENCH-1", "BENCH-2", "BENCH-3", "BENCH-4", "BENCH-5"};
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_INTERVAL_MS = 200;

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final Map<String, Long> placedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> finishedAfterNanos = new ConcurrentHashMap<>();
    private final Map<String, String> outcome = new ConcurrentHashMap<>();
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> firstFailure = new ConcurrentLinkedQueue<>();

    record Options(int orders, double rate, int concurrency, String url, int timeoutSeconds) {
    }

    Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        System.exit(new Bench(options).run());
    }

    int run() throws InterruptedException {
        try {
            seedStock();
        } catch (UncheckedConnectException e) {
            System.err.println("cannot reach " + options.url() + ": is Eventwire running? (src/bin/eventwire start)");
            return 1;
        } catch (IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        ExecutorService submitters = Executors.newFixedThreadPool(options.concurrency());
        ExecutorService pollers = Executors.newFixedThreadPool(options.concurrency());
        // Poll while still submitting: an order's latency must not include the rest of the submission.
        java.util.concurrent.CompletableFuture<Void> submission = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                submit(submitters, start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        boolean allFinished = awaitFinished(pollers, submission);
        submitters.shutdownNow();
        pollers.shutdownNow();
        report(start);
        if (!allFinished) {
            System.err.println((options.orders() - finishedAfterNanos.size()) + " orders did not finish within "
                    + options.timeoutSeconds() + " s after the last submission");
        }
        return allFinished && failedRequests.get() == 0 ? 0 : 1;
    }

    /** Enough of every SKU for all orders, so that each order can confirm. */
    private void seedStock() {
        String body = "{\"available\":" + (options.orders() * 3L) + ",\"price\":\"9.99\"}";
        for (String sku : SKUS) {
            HttpResponse<String> response = send(request("/api/inventory/" + sku, "operator")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
            if (response == null || response.statusCode() != 200) {
                throw new IllegalStateException("seeding " + sku + " failed: "
                        + (response == null ? firstFailure.peek() : response.statusCode() + " " + response.body()));
            }
        }
    }

    /** Places every order, paced to --rate when given, --concurrency at a time. */
    private void submit(ExecutorService pool, long start) throws InterruptedException {
        long intervalNanos = options.rate() > 0 ? (long) (1_000_000_000L / options.rate()) : 0;
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < options.orders(); i++) {
            int customer = i;
            if (intervalNanos > 0) {
                long due = start + customer * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            pending.add(pool.submit(() -> place(customer)));
            progress(false);
        }
        for (java.util.concurrent.Future<?> future : pending) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failedRequests.incrementAndGet();
                firstFailure.offer(String.valueOf(e.getCause()));
            }
            progress(false);
        }
    }

    private void place(int customer) {
        HttpResponse<String> response = send(request("/api/orders", "client")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(orderJson(customer))));
        if (response == null) {
            return;
        }
        Matcher id = ORDER_ID.matcher(response.body());
        if (response.statusCode() != 202 || !id.find()) {
            failed("POST /api/orders answered " + response.statusCode() + ": " + response.body());
            return;
        }
        placedAt.put(id.group(1), System.nanoTime());
        submitted.incrementAndGet();
    }

    private static String orderJson(int customer) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder items = new StringBuilder();
        int lines = 1 + random.nextInt(2);
        for (int line = 0; line < lines; line++) {
            items.append(line == 0 ? "" : ",")
                    .append("{\"sku\":\"").append(SKUS[(customer + line) % SKUS.length])
                    .append("\",\"quantity\":").append(1 + random.nextInt(3)).append('}');
        }
        return "{\"customerId\":\"BENCH-C" + customer + "\",\"email\":\"bench" + customer + "@example.com\","
                + "\"items\":[" + items + "],\"payment\":{\"token\":\"tok_visa\"}}";
    }

    /** Polls the orders not yet finished until all are, or the timeout after the last submission passes. */
    private boolean awaitFinished(ExecutorService pool, java.util.concurrent.CompletableFuture<Void> submission)
            throws InterruptedException {
        long deadline = Long.MAX_VALUE;
        while (!submission.isDone() || finishedAfterNanos.size() < submitted.get() && System.nanoTime() < deadline) {
            if (submission.isDone() && deadline == Long.MAX_VALUE) {
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds());
            }
            List<java.util.concurrent.Callable<Void>> polls = placedAt.keySet().stream()
                    .filter(id -> !finishedAfterNanos.containsKey(id))
                    .<java.util.concurrent.Callable<Void>>map(id -> () -> {
                        poll(id);
                        return null;
                    })
                    .toList();
            pool.invokeAll(polls);
            progress(false);
            Thread.sleep(POLL_INTERVAL_MS);
        }
        progress(true);
        return finishedAfterNanos.size() == options.orders();
    }

    private void poll(String orderId) {
        HttpResponse<String> response = send(request("/api/orders/" + orderId, "client").GET());
        if (response == null || response.statusCode() != 200) {
            return;
        }
        Matcher status = STATUS.matcher(response.body());
        if (status.find() && !status.group(1).equals("PENDING")) {
            Matcher reason = REASON.matcher(response.body());
            outcome.put(orderId, status.group(1) + (reason.find() ? " " + reason.group(1) : ""));
            finishedAfterNanos.put(orderId, System.nanoTime() - placedAt.get(orderId));
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        String password = System.getenv().getOrDefault("EVENTWIRE_" + user.toUpperCase() + "_PASSWORD", user);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(options.url() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + credentials);
    }

    /** The response, or null after counting the failure; a refused connection is rethrown as such. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new UncheckedConnectException(e);
        } catch (IOException e) {
            failed(e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed("interrupted");
            return null;
        }
    }

    private void failed(String what) {
        failedRequests.incrementAndGet();
        firstFailure.offer(what);
    }

    private final AtomicLong lastProgress = new AtomicLong();

    private void progress(boolean last) {
        long now = System.nanoTime();
        long previous = lastProgress.get();
        if (!last && now - previous < TimeUnit.SECONDS.toNanos(1) || !lastProgress.compareAndSet(previous, now)) {
            return;
        }
        long confirmed = outcome.values().stream().filter(o -> o.startsWith("CONFIRMED")).count();
        System.err.printf("\rsubmitted %d/%d  finished %d  confirmed %d  cancelled %d  failed-requests %d%s",
                submitted.get(), options.orders(), finishedAfterNanos.size(), confirmed,
                finishedAfterNanos.size() - confirmed, failedRequests.get(), last ? "\n" : "");
    }

    private void report(long start) {
        List<Long> latencies = new ArrayList<>(finishedAfterNanos.values());
        latencies.sort(null);
        long lastFinish = placedAt.entrySet().stream()
                .filter(e -> finishedAfterNanos.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() + finishedAfterNanos.get(e.getKey()))
                .max().orElse(System.nanoTime());
        double seconds = (lastFinish - start) / 1e9;
        Map<String, Long> outcomes = new TreeMap<>();
        outcome.values().forEach(o -> outcomes.merge(o, 1L, Long::sum));
        System.out.printf("orders %d  submitted %d  finished %d  failed requests %d%n",
                options.orders(), submitted.get(), latencies.size(), failedRequests.get());
        System.out.println("outcomes " + outcomes);
        System.out.printf("throughput %.1f orders/s (%d finished in %.1f s)%n", latencies.size() / seconds,
                latencies.size(), seconds);
        System.out.printf("placed→finished latency ms: p50 %d  p95 %d  p99 %d  max %d%n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                percentile(latencies, 100));
        if (!firstFailure.isEmpty()) {
            System.out.println("first failure: " + firstFailure.peek());
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    static long percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.size());
        return TimeUnit.NANOSECONDS.toMillis(sortedNanos.get(Math.max(rank, 1) - 1));
    }

    private static Options parse(String[] args) {
        int orders = 200;
        double rate = 0;
        int concurrency = 8;
        int timeout = 300;
        String port = System.getenv().getOrDefault("EVENTWIRE_HTTP_PORT", "8080");
        String url = "http://localhost:" + port;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--orders" -> orders = Integer.parseInt(args[++i]);
                    case "--rate" -> rate = Double.parseDouble(args[++i]);
                    case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                    case "--timeout" -> timeout = Integer.parseInt(args[++i]);
                    case "--url" -> url = args[++i].replaceAll("/+$", "");
                    case "--help" -> usage(0);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            System.err.println("bench: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            usage(2);
        }
        if (orders < 1 || concurrency < 1 || rate < 0 || timeout < 1) {
            System.err.println("bench: --orders, --concurrency and --timeout must be positive, --rate not negative");
            usage(2);
        }
        return new Options(orders, rate, concurrency, url, timeout);
    }

    private static void usage(int exitCode) {
        (exitCode == 0 ? System.out : System.err).println(
                "usage: eventwire bench [--orders N (200)] [--rate R orders/s (0 = unpaced)] [--concurrency C (8)]"
                        + " [--timeout S (300)] [--url http://localhost:8080]");
        System.exit(exitCode);
    }

    /** Lets a refused connection escape the request helpers as the one failure that stops the run. */
    static final class UncheckedConnectException extends RuntimeException {
        UncheckedConnectException(ConnectException cause) {
            super(cause);
        }
    }
}
