import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a run measured, printed as one block, and whether it may pass: every order placed, each ending once and as
 * its token says (CONFIRMED), the system idle afterwards and the ceiling measured where one was asked for.
 */
final class Report {

    /** Broker transactions an order needs at least (issue 9): the divisor of the design's limit. */
    static final int DESIGN_TRANSACTIONS = 7;

    private static final int SLOWEST_SECONDS = 10;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Options options;
    private final long planned;
    private final long storedBefore;
    private final long storedAfter;
    private final Load load;
    private final Api api;
    private final Broker.Counters broker;
    private final boolean idle;
    private final Usage usage;
    private final List<Checkpoint> checkpoints;
    private final Ceiling.Result ceiling;
    private final String ceilingFailure;
    private final List<Load.Order> orders;

    Report(Options options, long planned, long storedBefore, long storedAfter, Load load, Api api,
           Broker.Counters broker, boolean idle, Usage usage, List<Checkpoint> checkpoints, Ceiling.Result ceiling,
           String ceilingFailure) {
        this.options = options;
        this.planned = planned;
        this.storedBefore = storedBefore;
        this.storedAfter = storedAfter;
        this.load = load;
        this.api = api;
        this.broker = broker;
        this.idle = idle;
        this.usage = usage;
        this.checkpoints = checkpoints;
        this.ceiling = ceiling;
        this.ceilingFailure = ceilingFailure;
        this.orders = load.ours();
    }

    boolean passed() {
        return orders.size() == planned && load.failed() == 0 && !load.stuck() && idle && ceilingFailure == null
                && orders.stream().allMatch(order -> order.terminals() == 1
                        && order.outcome().equals(Workload.EXPECTED_OUTCOME));
    }

    void print(PrintStream out) {
        long ended = orders.stream().filter(order -> order.rank() > 0).count();
        double seconds = load.elapsed() / 1e9;
        double throughput = ended == 0 ? 0 : ended / seconds;
        line(out, "mode", "%s", mode());
        line(out, "workload", "%s, every order paid with %s", options.workload(), Workload.TOKEN);
        line(out, "orders", "%d placed (202) of %d, %d failed POSTs; ended: %s; stored %d → %d", orders.size(), planned,
                load.failed(), outcomes(), storedBefore, storedAfter);
        line(out, "throughput", "%.1f orders/s: %d ended in %.2f s, first POST to last terminal event",
                throughput, ended, seconds);
        line(out, "latency", "202 → terminal event, ms: %s%s", percentiles(orders),
                endedFirst() == 0 ? "" : "  (" + endedFirst() + " events came before their 202: counted as 0)");
        printSlowest(out);
        if (options.paced()) {
            line(out, "pacing", "%d orders went out more than 10 ms late (at most %d ms)", load.late(),
                    load.latestLatenessMillis());
        }
        printBroker(out);
        printCpu(out);
        printCeiling(out, throughput);
        if (!checkpoints.isEmpty()) {
            printGrowth(out);
        }
        load.failures().stream().limit(3).forEach(failure -> line(out, "failure", "%s", failure));
        if (!idle) {
            line(out, "not idle", "subscription queues still held messages 120 s after the last order ended: %s",
                    broker.held());
        }
        line(out, "result", "%s", passed() ? "OK: every order ended " + Workload.EXPECTED_OUTCOME + ", as its token says"
                : "FAILED" + (load.stuck() ? ": no order ended for " + options.timeoutSeconds() + " s" : ""));
    }

    /**
     * The seconds (UTC, placed) of the slowest 1% of the orders: a tail that comes in clusters points at something
     * that stalled the system then (a timer, a checkpoint, a collection), to look up in the logs of that second.
     */
    private void printSlowest(PrintStream out) {
        List<Load.Order> ended = orders.stream().filter(order -> order.rank() > 0)
                .sorted(Comparator.comparingLong(Load.Order::latency).reversed()).toList();
        List<Load.Order> slowest = ended.subList(0, (int) Math.ceil(ended.size() / 100.0));
        if (slowest.isEmpty()) {
            return;
        }
        Map<String, Long> bySecond = slowest.stream().collect(Collectors.groupingBy(
                order -> SECOND.format(load.wallClock(order.placed())), Collectors.counting()));
        Map<String, Long> busiest = new TreeMap<>();
        bySecond.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(SLOWEST_SECONDS).forEach(second -> busiest.put(second.getKey(), second.getValue()));
        line(out, "slowest", "1%% (%d orders, %d ms and more), placed in %d seconds; the %d with most (UTC): %s",
                slowest.size(), TimeUnit.NANOSECONDS.toMillis(slowest.get(slowest.size() - 1).latency()),
                bySecond.size(), busiest.size(), busiest.entrySet().stream()
                        .map(second -> second.getKey() + " ×" + second.getValue()).collect(Collectors.joining(", ")));
    }

    private String mode() {
        String bound = "at most " + options.inFlight() + " in flight";
        String pace = options.paced() ? String.format(Locale.ROOT, "paced at %.1f orders/s (%s)", options.rate(), bound)
                : "saturated (" + bound + ")";
        return options.growth() > 0 ? "growth to " + options.growth() + " stored orders, " + pace : pace;
    }

    private String outcomes() {
        Map<String, Long> outcomes = new TreeMap<>(orders.stream()
                .collect(Collectors.groupingBy(Load.Order::outcome, Collectors.counting())));
        long repeated = orders.stream().filter(order -> order.terminals() > 1).count();
        return outcomes + (repeated == 0 ? "" : ", " + repeated + " ended more than once");
    }

    private long endedFirst() {
        return orders.stream().filter(Load.Order::endedFirst).count();
    }

    /**
     * A broker transaction is a commit on the broker: each delivery a consumer acknowledges commits in its own (XA)
     * transaction, and each order's POST commits one that publishes OrderPlaced. Both are counted by the broker: the
     * deliveries acknowledged on the subscription queues, and the messages published to {@code orders} less the
     * terminal events among them (the bench heard each of those). A rolled-back delivery is not counted.
     */
    private void printBroker(PrintStream out) {
        double placed = Math.max(1, orders.size());
        long consumed = Broker.Counters.total(broker.acknowledged());
        long produced = broker.published().getOrDefault("orders", 0L) - load.terminalEvents();
        line(out, "broker", "%.2f transactions per order: %.2f consumer deliveries acknowledged + %.2f publishing"
                + " OrderPlaced from a POST", (consumed + produced) / placed, consumed / placed, produced / placed);
        line(out, "", "events published per order %.2f: %s", Broker.Counters.total(broker.published()) / placed,
                perOrder(broker.published(), placed));
        line(out, "", "deliveries per order (added): %s", perOrder(broker.added(), placed));
    }

    private void printCpu(PrintStream out) {
        double ended = Math.max(1, orders.stream().filter(order -> order.rank() > 0).count());
        double seconds = usage.nanos() / 1e9;
        line(out, "cpu", "per order: server %.1f ms, broker %.1f ms, PostgreSQL %s (window %.1f s: server %.2f cores)",
                1000 * usage.server() / ended, 1000 * usage.broker() / ended,
                Double.isNaN(usage.database()) ? "not visible" : String.format(Locale.ROOT, "%.1f ms", 1000 * usage.database() / ended),
                seconds, usage.server() / seconds);
        line(out, "bench", "CPU %.2f s in the window (%.1f ms per order); HTTP requests: %d POST /api/orders"
                        + " (%.2f per order), %d before the window (PUT /api/inventory)", usage.bench(),
                1000 * usage.bench() / ended, api.orderRequests(), api.orderRequests() / Math.max(1.0, planned),
                api.setupRequests());
    }

    private void printCeiling(PrintStream out, double throughput) {
        if (ceilingFailure != null) {
            line(out, "ceiling", "FAILED: %s", ceilingFailure);
        } else if (ceiling != null) {
            double limit = ceiling.messagesPerSecond() / DESIGN_TRANSACTIONS;
            line(out, "ceiling", "%.0f messages/s (persistent 1 KiB, one per transaction, 4 producers, 4 consumers,"
                    + " %d s, %s the order load; %s)", ceiling.messagesPerSecond(), options.ceilingSeconds(),
                    options.ceiling().name().toLowerCase(Locale.ROOT), ceiling.log());
            line(out, "share", "%.2f of the design's limit: %.1f orders/s ÷ (%.0f ÷ %d = %.1f orders/s)",
                    throughput / limit, throughput, ceiling.messagesPerSecond(), DESIGN_TRANSACTIONS, limit);
        }
    }

    private void printGrowth(PrintStream out) {
        line(out, "growth", "%10s  %-15s %9s  %18s  %s", "stored", "ended (ranks)", "orders/s", "server CPU/order",
                "latency ms");
        for (Checkpoint checkpoint : checkpoints) {
            Load.Sample from = load.samples().get(checkpoint.from());
            Load.Sample to = load.samples().get(checkpoint.to());
            if (from == null || to == null) {
                line(out, "", "%10d  not reached", checkpoint.stored());
                continue;
            }
            long count = checkpoint.to() - checkpoint.from();
            List<Load.Order> window = orders.stream()
                    .filter(order -> order.rank() > checkpoint.from() && order.rank() <= checkpoint.to()).toList();
            line(out, "", "%10d  %-15s %9.1f  %15.1f ms  %s", checkpoint.stored(),
                    (checkpoint.from() + 1) + "–" + checkpoint.to(), count / ((to.nanos() - from.nanos()) / 1e9),
                    1000 * (to.serverCpu() - from.serverCpu()) / count, percentiles(window));
        }
    }

    private static String perOrder(Map<String, Long> counts, double orders) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() != 0)
                .map(entry -> String.format(Locale.ROOT, "%s %.2f", entry.getKey(), entry.getValue() / orders))
                .collect(Collectors.joining("  "));
    }

    private static String percentiles(List<Load.Order> orders) {
        List<Long> sorted = orders.stream().filter(order -> order.rank() > 0).map(Load.Order::latency).sorted().toList();
        return "p50 %d  p95 %d  p99 %d  max %d".formatted(percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 100));
    }

    /** Nearest-rank percentile of nanosecond latencies, in whole milliseconds. */
    static long percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.size());
        return TimeUnit.NANOSECONDS.toMillis(sortedNanos.get(Math.max(rank, 1) - 1));
    }

    private static void line(PrintStream out, String label, String format, Object... arguments) {
        out.printf(Locale.ROOT, "%-11s %s%n", label, String.format(Locale.ROOT, format, arguments));
    }
}
