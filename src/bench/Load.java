import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the orders, one POST each, and pairs every 202 with the order's terminal event from {@link Terminals}.
 * At most --in-flight orders are between their POST and their end: saturated, the next order goes out as soon as
 * one ends; paced (--rate), order i is due at start + i / rate and is counted late when a free slot or the client
 * held it back by more than {@value #LATE_MILLIS} ms.
 */
final class Load implements Terminals.Listener {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");
    private static final long LATE_MILLIS = 10;

    /** An order the bench placed or heard of: when its 202 and its terminal event arrived (System.nanoTime). */
    static final class Order {
        private long placed;
        private long ended;
        private String outcome;
        private int terminals;
        private long rank;

        synchronized boolean ours() {
            return placed != 0;
        }

        synchronized String outcome() {
            return outcome == null ? "never ended" : outcome;
        }

        synchronized int terminals() {
            return terminals;
        }

        /** Its place among the bench's orders in the order they ended, from 1; 0 while it has not. */
        synchronized long rank() {
            return rank;
        }

        /** 202 → terminal event in nanoseconds; 0 when the event came first (see {@link #endedFirst()}). */
        synchronized long latency() {
            return Math.max(0, ended - placed);
        }

        synchronized boolean endedFirst() {
            return rank > 0 && ended < placed;
        }

        synchronized long placed() {
            return placed;
        }
    }

    /** When the k-th of the bench's orders ended, and the server's CPU seconds then (k = 0: the first POST). */
    record Sample(long nanos, double serverCpu) {
    }

    private final Options options;
    private final Api api;
    private final String run;
    private final Set<Long> samplePoints;
    private final DoubleSupplier serverCpu;
    private final Semaphore slots;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<Long, Sample> samples = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong ended = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong late = new AtomicLong();
    private final AtomicLong latestLateness = new AtomicLong();
    private final AtomicLong lastEnd = new AtomicLong();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean stuck;
    private volatile long startMillis;

    Load(Options options, Api api, String run, Set<Long> samplePoints, DoubleSupplier serverCpu) {
        this.options = options;
        this.api = api;
        this.run = run;
        this.samplePoints = samplePoints;
        this.serverCpu = serverCpu;
        this.slots = new Semaphore(options.inFlight());
    }

    /** Places so many orders, then waits until each has ended or failed; stuck when none ends for --timeout s. */
    void run(long planned) throws InterruptedException {
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress");
            thread.setDaemon(true);
            return thread;
        });
        progress.scheduleAtFixedRate(() -> progress(planned, false), 1, 1, TimeUnit.SECONDS);
        long start = System.nanoTime();
        startMillis = System.currentTimeMillis();
        samples.put(0L, new Sample(start, serverCpu.getAsDouble()));
        double interval = options.paced() ? 1e9 / options.rate() : 0;
        for (long i = 0; i < planned && !stuck; i++) {
            long due = start + (long) (i * interval);
            if (options.paced()) {
                TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
            }
            if (!slots.tryAcquire(options.timeoutSeconds(), TimeUnit.SECONDS)) {
                stuck = true;
                break;
            }
            long lateness = System.nanoTime() - due;
            if (options.paced() && lateness > TimeUnit.MILLISECONDS.toNanos(LATE_MILLIS)) {
                late.incrementAndGet();
                latestLateness.accumulateAndGet(lateness, Math::max);
            }
            sent.incrementAndGet();
            api.placeOrder(options.workload().order(run, i)).whenComplete(this::answered);
        }
        awaitEnds();
        progress.shutdownNow();
        progress(planned, true);
    }

    private void awaitEnds() throws InterruptedException {
        long settled = ended.get() + failed.get();
        long lastChange = System.nanoTime();
        while (settled < sent.get() && !stuck) {
            Thread.sleep(100);
            long now = ended.get() + failed.get();
            if (now != settled) {
                settled = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(options.timeoutSeconds())) {
                stuck = true;
            }
        }
    }

    private void answered(HttpResponse<String> response, Throwable error) {
        long now = System.nanoTime();
        Matcher id = response == null ? null : ORDER_ID.matcher(response.body());
        if (error != null || response.statusCode() != 202 || !id.find()) {
            failed.incrementAndGet();
            failures.offer(error != null ? "POST /api/orders: " + error
                    : "POST /api/orders answered " + response.statusCode() + ": " + response.body());
            slots.release();
            return;
        }
        Order order = orders.computeIfAbsent(id.group(1), key -> new Order());
        synchronized (order) {
            order.placed = now;
            if (order.ended != 0) {
                complete(order);
            }
        }
    }

    @Override
    public void ended(String orderId, String outcome, long nanos) {
        Order order = orders.computeIfAbsent(orderId, key -> new Order());
        synchronized (order) {
            if (++order.terminals > 1) {
                return;
            }
            order.ended = nanos;
            order.outcome = outcome;
            if (order.placed != 0) {
                complete(order);
            }
        }
    }

    /** Both the 202 and the terminal event are in: the order's slot is free for the next. */
    private void complete(Order order) {
        long rank = ended.incrementAndGet();
        order.rank = rank;
        long now = System.nanoTime();
        lastEnd.accumulateAndGet(now, Math::max);
        if (samplePoints.contains(rank)) {
            samples.put(rank, new Sample(now, serverCpu.getAsDouble()));
        }
        slots.release();
    }

    private void progress(long planned, boolean last) {
        System.err.printf("\rplaced %d/%d  ended %d  in flight %d  failed %d%s", sent.get(), planned, ended.get(),
                options.inFlight() - slots.availablePermits(), failed.get(), last ? "\n" : "");
    }

    /** The orders the bench placed (answered 202); terminal events of other clients' orders are left out. */
    List<Order> ours() {
        return orders.values().stream().filter(Order::ours).toList();
    }

    /** Every terminal event the subscription delivered, other clients' orders and repeats included. */
    long terminalEvents() {
        return orders.values().stream().mapToLong(Order::terminals).sum();
    }

    Collection<String> failures() {
        return failures;
    }

    long failed() {
        return failed.get();
    }

    long late() {
        return late.get();
    }

    long latestLatenessMillis() {
        return TimeUnit.NANOSECONDS.toMillis(latestLateness.get());
    }

    boolean stuck() {
        return stuck;
    }

    Map<Long, Sample> samples() {
        return samples;
    }

    /** The wall-clock time of a System.nanoTime reading of this run, to the millisecond (to compare with logs). */
    Instant wallClock(long nanos) {
        return Instant.ofEpochMilli(startMillis + TimeUnit.NANOSECONDS.toMillis(nanos - samples.get(0L).nanos()));
    }

    /** Nanoseconds from the first POST to the last of the bench's orders ending. */
    long elapsed() {
        return lastEnd.get() - samples.get(0L).nanos();
    }
}
