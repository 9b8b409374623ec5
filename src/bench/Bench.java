import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * The bench (src/bin/eventwire bench, issue 9): loads a started Eventwire through its API with one POST per order and
 * learns from the broker when each order ended, so that it measures the system and not itself. Reports orders/s,
 * latency from the 202 to the terminal event, broker transactions per order from the broker's counters, CPU per
 * order of each process, and the broker's transactional ceiling measured in the same run. Exits 1 unless every
 * order ended as its token says. Method and figures: src/docs/performance.md.
 */
public final class Bench {

    /** The longest the system may take to drain its queues, before the load and after it. */
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(120);
    private static final int SEEDING_REQUESTS_AT_ONCE = 8;

    private final Options options;
    private final Broker broker;

    private Bench(Options options, Broker broker) {
        this.options = options;
        this.broker = broker;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        try (Broker broker = new Broker(options.brokerUrl())) {
            System.exit(new Bench(options, broker).run() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("bench: the run broke off: " + e);
            System.exit(1);
        }
    }

    private boolean run() throws Exception {
        Files.createDirectories(options.logDirectory());
        Database database = new Database(options);
        Api api = new Api(options.url());
        long storedBefore = database.storedOrders();
        long planned = options.growth() > 0 ? options.growth() - storedBefore : options.orders();
        if (planned <= 0) {
            System.err.printf("bench: %d orders are stored already; --growth must name more%n", storedBefore);
            return false;
        }
        Ceiling ceiling = new Ceiling(options, broker);
        Ceiling.Result ceilingResult = null;
        String ceilingFailure = null;
        if (options.ceiling() == Options.CeilingWhen.BEFORE) {
            try {
                ceilingResult = measure(ceiling);
            } catch (Exception e) {
                ceilingFailure = e.getMessage();
            }
        }
        seed(api, planned);
        Broker.Counters before = broker.awaitIdle(IDLE_LIMIT);
        if (before == null) {
            System.err.println("bench: the system is not idle (its subscription queues hold messages): "
                    + broker.counters().held());
            return false;
        }
        List<Checkpoint> checkpoints = options.growth() > 0
                ? Checkpoint.of(storedBefore, options.growth(), options.window(), options.inFlight()) : List.of();
        Load load = new Load(options, api, Long.toString(System.currentTimeMillis(), 36), Checkpoint.ranks(checkpoints),
                () -> Cpu.process(options.serverPidFile()));
        System.err.printf("bench: %d orders, %s workload%n", planned, options.workload());
        Broker.Counters after;
        Usage start;
        try (Terminals terminals = new Terminals(broker, load)) {
            start = Usage.now(options);
            load.run(planned);
            after = broker.awaitIdle(IDLE_LIMIT);
        }
        Usage usage = Usage.now(options).since(start);
        boolean idle = after != null;
        Broker.Counters counted = (idle ? after : broker.counters()).since(before);
        long storedAfter = database.storedOrders();
        if (options.ceiling() == Options.CeilingWhen.AFTER) {
            try {
                ceilingResult = measure(ceiling);
            } catch (Exception e) {
                ceilingFailure = e.getMessage();
            }
        }
        Report report = new Report(options, planned, storedBefore, storedAfter, load, api, counted, idle, usage,
                checkpoints, ceilingResult, ceilingFailure);
        report.print(System.out);
        return report.passed();
    }

    private Ceiling.Result measure(Ceiling ceiling) throws Exception {
        System.err.printf("bench: the broker's ceiling: %s%n", ceiling.shown());
        return ceiling.measure();
    }

    /** Enough stock of every SKU for all orders to confirm, set by the operator before the measured window. */
    private void seed(Api api, long planned) throws InterruptedException {
        long available = options.workload().stockPerSku(planned);
        System.err.printf("bench: seeding %d SKUs with %d units each%n", options.workload().skus().size(), available);
        Semaphore atOnce = new Semaphore(SEEDING_REQUESTS_AT_ONCE);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String sku : options.workload().skus()) {
            atOnce.acquire();
            answers.add(api.putStock(sku, available, "9.99").whenComplete((answer, error) -> atOnce.release()));
        }
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).join();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("seeding " + options.workload().skus().get(i) + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
        }
    }
}
