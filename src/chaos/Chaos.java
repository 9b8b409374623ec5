import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The fault suite (src/bin/eventwire chaos, issue 12): a steady load of orders against a started Eventwire while
 * its server, its broker and its database connections are killed at random moments and brought back with
 * `src/bin/eventwire start`; then, once the system settled, one accounting table. Exits 1 if any line is wrong.
 */
public final class Chaos {

    private final Options options;

    private Chaos(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("chaos: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.exit(new Chaos(options).run() ? 0 : 1);
        } catch (Exception e) {
            System.err.println("chaos: the run broke off, no accounting: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private boolean run() throws Exception {
        Api api = new Api(options.url());
        if (!api.healthy()) {
            say("Eventwire at %s is not healthy: start it first (src/bin/eventwire start)", options.url());
            return false;
        }
        Random random = new Random(options.seed());
        OrderMix mix = new OrderMix(runId(), options, random);
        Schedule schedule = Schedule.random(options, random);
        Files.createDirectories(options.logDirectory());
        say("run %s (--seed %d): %d orders at %.1f/s; kills %s; restart logs in %s", mix.run(), options.seed(),
                options.orders(), options.rate(), schedule, options.logDirectory());
        Instant runStart = Instant.now();
        seedStock(api, mix);
        Database database = new Database(options);
        Faults faults = new Faults(options, schedule, api, database);
        Thread killer = new Thread(faults, "faults");
        killer.start();
        List<Load.Placement> placements;
        try (LegacyClient legacy = new LegacyClient(options.brokerUrl())) {
            placements = new Load(options, api, legacy, schedule).run(mix.planned());
        }
        killer.join();
        long accepted = placements.stream().filter(Load.Placement::accepted).count();
        String settled = awaitSettled(database, mix, accepted);
        Snapshot snapshot = Snapshot.read(database, options.brokerUrl(), mix, runStart);
        List<Table.Line> lines = new Accounting(options, mix, placements, faults.recoveries(), snapshot, runStart)
                .lines(settled);
        printKills(faults.recoveries());
        Table.print(lines, System.out);
        boolean right = lines.stream().allMatch(Table.Line::ok);
        say(right ? "every line is right" : "%d lines are WRONG", lines.stream().filter(line -> !line.ok()).count());
        return right;
    }

    /** Base 36 of the second we started: short enough for a legacyRef, new for every run. */
    private static String runId() {
        String id = Long.toString(System.currentTimeMillis() / 1000 % (36L * 36 * 36 * 36), 36);
        return "0".repeat(4 - id.length()) + id;
    }

    private void seedStock(Api api, OrderMix mix) throws Exception {
        for (Map.Entry<String, Integer> sku : mix.seeded().entrySet()) {
            HttpResponse<String> response = api.putStock(sku.getKey(), sku.getValue(), mix.price(sku.getKey()));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("seeding " + sku.getKey() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
        }
    }

    /**
     * Waits, at most --settle-seconds after the load and the last restart, until every accepted order is in the
     * database, none is PENDING, every terminal one has its mail and holds no stock (its payment's outcome may
     * still be on its way to Inventory), and neither PostgreSQL nor the broker holds a prepared transaction (one
     * left by a kill is resolved by the server's recovery within two of its 15 s ticks, not at once); says how long
     * that took.
     */
    private String awaitSettled(Database database, OrderMix mix, long accepted) throws InterruptedException {
        Instant quiet = Instant.now();
        Instant deadline = quiet.plusSeconds(options.settleSeconds());
        String state = "not read";
        while (true) {
            try (Connection connection = database.connect();
                 PreparedStatement statement = connection.prepareStatement("""
                         SELECT count(*), count(*) FILTER (WHERE o.status = 'PENDING'),
                                count(*) FILTER (WHERE o.status <> 'PENDING'
                                                 AND NOT EXISTS (SELECT 1 FROM mail m WHERE m.order_id = o.id)),
                                count(*) FILTER (WHERE o.status <> 'PENDING' AND EXISTS (SELECT 1 FROM reservation r
                                                 WHERE r.order_id = o.id AND r.status = 'RESERVED'))
                         FROM orders o WHERE o.email LIKE ?""")) {
                statement.setString(1, mix.emailPattern());
                try (ResultSet counts = statement.executeQuery()) {
                    counts.next();
                    long orders = counts.getLong(1);
                    long pending = counts.getLong(2);
                    long unmailed = counts.getLong(3);
                    long holding = counts.getLong(4);
                    InDoubt inDoubt = inDoubt(connection);
                    state = orders + " of " + accepted + " accepted orders stored, " + pending + " pending, "
                            + unmailed + " terminal without mail, " + holding + " terminal still holding stock, "
                            + inDoubt;
                    if (orders >= accepted && pending == 0 && unmailed == 0 && holding == 0
                            && inDoubt.none()) {
                        return String.format(Locale.ROOT, "%.0f s after the load and the last restart",
                                Duration.between(quiet, Instant.now()).toMillis() / 1000.0);
                    }
                }
            } catch (SQLException e) {
                state = "database unreadable: " + e.getMessage();
            }
            if (Instant.now().isAfter(deadline)) {
                return "NOT within " + options.settleSeconds() + " s: " + state;
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    /** Transactions PostgreSQL and the broker hold prepared; {@code broker} is null while the broker cannot be asked. */
    private record InDoubt(long database, Integer broker, String brokerUnreadable) {

        boolean none() {
            return database == 0 && broker != null && broker == 0;
        }

        @Override
        public String toString() {
            return database + " / " + (broker != null ? broker : "unknown (" + brokerUnreadable + ")")
                    + " prepared transactions in PostgreSQL / the broker";
        }
    }

    private InDoubt inDoubt(Connection connection) throws SQLException {
        long database;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()");
             ResultSet count = statement.executeQuery()) {
            count.next();
            database = count.getLong(1);
        }
        try (BrokerManagement management = new BrokerManagement(options.brokerUrl())) {
            return new InDoubt(database, management.preparedTransactions().size(), null);
        } catch (Exception e) {
            return new InDoubt(database, null, e.getMessage());
        }
    }

    private static void printKills(List<Faults.Recovery> recoveries) {
        System.out.println();
        System.out.println("| kill | what | at (UTC) | killed | kill → healthy |");
        System.out.println("|---:|---|---|---|---:|");
        for (Faults.Recovery recovery : recoveries) {
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", recovery.number(),
                    recovery.fault().name().toLowerCase(Locale.ROOT), recovery.killedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    recovery.kill().what(), recovery.secondsToHealthy() == null ? "never: " + recovery.note()
                            : String.format(Locale.ROOT, "%.1f s", recovery.secondsToHealthy()));
        }
        System.out.println();
    }

    private static void say(String format, Object... arguments) {
        System.err.printf(Locale.ROOT, "[chaos] " + format + "%n", arguments);
    }
}
