import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steady load: every planned order at --rate, through the API with its Idempotency-Key or as a legacy record,
 * each retried like a real client retries: on refused or broken connections, timeouts and 5xx, with the same key
 * (or the same legacyRef), backing off, until it is accepted or the client gives up.
 */
final class Load {

    /** A client gives up on an order after this long; the accounting counts it as never accepted. */
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(5);
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");

    /** What the client was told about one order: every order id the API answered for its key, how it ended. */
    record Placement(OrderMix.Planned order, boolean accepted, Set<String> orderIds, int attempts, String problem,
                     long acceptedAfterMillis) {
    }

    private sealed interface Answer permits Accepted, Refused, Retry {
    }

    private record Accepted(String orderId) implements Answer {
    }

    /** Final: the request itself is wrong; retrying cannot help. */
    private record Refused(String why) implements Answer {
    }

    private record Retry(String why) implements Answer {
    }

    private final Options options;
    private final Api api;
    private final LegacyClient legacy;
    private final Schedule schedule;

    Load(Options options, Api api, LegacyClient legacy, Schedule schedule) {
        this.options = options;
        this.api = api;
        this.legacy = legacy;
        this.schedule = schedule;
    }

    List<Placement> run(List<OrderMix.Planned> planned) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(options.concurrency());
        List<Future<Placement>> placements = new ArrayList<>();
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / options.rate());
        long due = System.nanoTime();
        try {
            for (OrderMix.Planned order : planned) {
                schedule.awaitTurn(order.number());
                // Paced from the last submission, not from the start: no burst after waiting for a kill.
                due = Math.max(due + interval, System.nanoTime());
                TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
                placements.add(clients.submit(() -> place(order)));
                schedule.submitted(order.number() + 1);
                progress(order.number() + 1, planned.size());
            }
        } finally {
            schedule.loadOver();
            clients.shutdown();
        }
        List<Placement> results = new ArrayList<>();
        for (Future<Placement> placement : placements) {
            try {
                results.add(placement.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        return results;
    }

    private Placement place(OrderMix.Planned order) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + GIVE_UP.toNanos();
        Set<String> orderIds = new LinkedHashSet<>();
        Duration backoff = FIRST_BACKOFF;
        String problem = null;
        for (int attempt = 1; ; attempt++) {
            Answer answer = order.legacy() ? sendRecord(order) : postOrder(order);
            if (answer instanceof Accepted accepted) {
                if (accepted.orderId() != null) {
                    orderIds.add(accepted.orderId());
                }
                return new Placement(order, true, orderIds, attempt, problem,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            if (answer instanceof Refused refused) {
                return new Placement(order, false, orderIds, attempt, refused.why(), -1);
            }
            problem = ((Retry) answer).why();
            if (System.nanoTime() > deadline) {
                return new Placement(order, false, orderIds, attempt, "gave up after " + GIVE_UP.toMinutes()
                        + " min: " + problem, -1);
            }
            Thread.sleep(backoff.toMillis() + ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2 + 1));
            backoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private Answer postOrder(OrderMix.Planned order) throws InterruptedException {
        try {
            HttpResponse<String> response = api.placeOrder(order.json(), order.key());
            int status = response.statusCode();
            Matcher orderId = ORDER_ID.matcher(response.body());
            if ((status == 202 || status == 200) && orderId.find()) {
                return new Accepted(orderId.group(1));
            }
            String why = "POST /api/orders answered " + status + ": " + abbreviated(response.body());
            // 404: the server is up but the application not yet deployed, as during a restart.
            return status >= 500 || status == 404 || status == 408 || status == 429 ? new Retry(why) : new Refused(why);
        } catch (IOException e) {
            return new Retry("POST /api/orders: " + e);
        }
    }

    private Answer sendRecord(OrderMix.Planned order) {
        try {
            legacy.send(order.csv());
            return new Accepted(null);
        } catch (Exception e) {
            return new Retry("sending to legacy.orders.in: " + e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static void progress(int submitted, int total) {
        if (submitted % 100 == 0 || submitted == total) {
            System.err.printf("[chaos] %d of %d orders submitted%n", submitted, total);
        }
    }
}
