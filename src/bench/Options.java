import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What `src/bin/eventwire bench` was asked to do. The script passes where the system runs; the database password
 * comes in the environment (BENCH_DB_PASSWORD), off the command line.
 *
 * <p>Modes: saturated (no --rate: a new order as soon as one of --in-flight ends), paced (--rate R orders/s,
 * open loop) and a growth run (--growth N: places until N orders are stored, reporting at 1k, 10k, 100k …).
 */
record Options(String url, String brokerUrl, String dbUrl, String dbUser, String dbPassword,
               Path serverPidFile, Path brokerPidFile, Path databasePidFile, Path artemis, Path logDirectory,
               long orders, double rate, int inFlight, Workload workload, long growth, long window,
               CeilingWhen ceiling, int ceilingSeconds, int timeoutSeconds) {

    enum CeilingWhen { BEFORE, AFTER, NONE }

    static final String USAGE = "bench [--orders N (2000)] [--rate R orders/s (0: saturated)] [--in-flight C (100)]"
            + " [--workload hot|wide (hot)] [--skus N (wide: 1000)] [--growth STORED [--window W (500)]]"
            + " [--ceiling after|before|none (after)] [--ceiling-seconds S (20)] [--timeout S (120)]";

    boolean paced() {
        return rate > 0;
    }

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                throw new IllegalArgumentException("usage: " + USAGE);
            }
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: " + USAGE);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        if (given.containsKey("growth") && given.containsKey("orders")) {
            throw new IllegalArgumentException("--growth places until that many orders are stored: no --orders with it");
        }
        String databasePid = given.remove("db-pid-file");
        Workload workload = Workload.of(take(given, "workload", "hot"), (int) number(given, "skus", 1000));
        Options options = new Options(
                take(given, "url", null), take(given, "broker-url", null), take(given, "db-url", null),
                take(given, "db-user", null), System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""),
                Path.of(take(given, "server-pid-file", null)), Path.of(take(given, "broker-pid-file", null)),
                databasePid == null ? null : Path.of(databasePid),
                Path.of(take(given, "artemis", null)), Path.of(take(given, "log-directory", null)),
                number(given, "orders", 2000), Double.parseDouble(take(given, "rate", "0")),
                (int) number(given, "in-flight", 100), workload,
                number(given, "growth", 0), number(given, "window", 500),
                CeilingWhen.valueOf(take(given, "ceiling", "after").toUpperCase(Locale.ROOT)),
                (int) number(given, "ceiling-seconds", 20), (int) number(given, "timeout", 120));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option --" + given.keySet().iterator().next() + "; usage: " + USAGE);
        }
        if (options.orders() < 1 || options.inFlight() < 1 || options.window() < 1 || options.rate() < 0
                || options.ceilingSeconds() < 1 || options.timeoutSeconds() < 1) {
            throw new IllegalArgumentException("--orders, --in-flight, --window, --ceiling-seconds and --timeout must be"
                    + " positive, --rate not negative");
        }
        return options;
    }

    /** The option's value, removed from those given; null as default makes it required. */
    private static String take(Map<String, String> given, String name, String defaultValue) {
        String value = given.remove(name);
        if (value == null && defaultValue == null) {
            throw new IllegalArgumentException("--" + name + " is required (src/bin/eventwire passes it)");
        }
        return value == null ? defaultValue : value;
    }

    private static long number(Map<String, String> given, String name, long defaultValue) {
        long number = Long.parseLong(take(given, name, String.valueOf(defaultValue)));
        if (number < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return number;
    }
}
