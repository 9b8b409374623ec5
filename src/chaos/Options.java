import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What `src/bin/eventwire chaos` was asked to do. The defaults are the full run of issue 12; {@code --short} is the
 * CI version (200 orders, two kills of each kind). The script passes where the system runs; the database password
 * comes in the environment (CHAOS_DB_PASSWORD), off the command line.
 */
record Options(String url, String brokerUrl, String dbUrl, String dbUser, String dbPassword,
               Path serverPidFile, Path brokerPidFile, Path script, Path logDirectory,
               int orders, double rate, int concurrency, int legacyEvery,
               int serverKills, int brokerKills, int connectionKills, int settleSeconds, long seed) {

    static final String USAGE = "chaos [--short] [--orders N] [--rate R] [--concurrency C] [--legacy-every L]"
            + " [--server-kills K] [--broker-kills K] [--connection-kills K] [--settle-seconds S] [--seed X]";

    int kills() {
        return serverKills + brokerKills + connectionKills;
    }

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        boolean shortRun = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--short")) {
                shortRun = true;
            } else if (name.startsWith("--") && i + 1 < args.length) {
                given.put(name.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + name + "; usage: " + USAGE);
            }
        }
        Options options = new Options(
                take(given, "url", null), take(given, "broker-url", null), take(given, "db-url", null),
                take(given, "db-user", null), System.getenv().getOrDefault("CHAOS_DB_PASSWORD", ""),
                Path.of(take(given, "server-pid-file", null)), Path.of(take(given, "broker-pid-file", null)),
                Path.of(take(given, "script", null)), Path.of(take(given, "log-directory", null)),
                number(given, "orders", shortRun ? 200 : 2000),
                Double.parseDouble(take(given, "rate", "4")),
                number(given, "concurrency", 16),
                number(given, "legacy-every", 10),
                number(given, "server-kills", shortRun ? 2 : 10),
                number(given, "broker-kills", shortRun ? 2 : 10),
                number(given, "connection-kills", shortRun ? 2 : 5),
                number(given, "settle-seconds", 120),
                Long.parseLong(take(given, "seed", String.valueOf(System.nanoTime()))));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option --" + given.keySet().iterator().next() + "; usage: " + USAGE);
        }
        if (options.orders() < 1 || options.rate() <= 0 || options.concurrency() < 1 || options.legacyEvery() < 1) {
            throw new IllegalArgumentException("--orders, --rate, --concurrency and --legacy-every must be positive");
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

    private static int number(Map<String, String> given, String name, int defaultValue) {
        int number = Integer.parseInt(take(given, name, String.valueOf(defaultValue)));
        if (number < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return number;
    }
}
