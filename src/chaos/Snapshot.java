import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database and the broker hold about this run once it settled, read directly (JDBC, Core management),
 * never through the API under test.
 */
final class Snapshot {

    static final String LEGACY_QUEUE = "legacy.orders.in";

    record Order(String id, String status, String reason, String email, String idempotencyKey, String legacyRef) {
    }

    record Stock(String sku, int available, int reserved) {
    }

    final Map<String, Order> orders = new HashMap<>();
    /** orderId → event type → how many stored. */
    final Map<String, Map<String, Integer>> events = new HashMap<>();
    /** orderId → payment status. */
    final Map<String, String> payments = new HashMap<>();
    /** orderId → mail template → how many. */
    final Map<String, Map<String, Integer>> mails = new HashMap<>();
    final Map<String, Stock> stock = new HashMap<>();
    /** sku → reservation status (RESERVED, RELEASED, SHIPPED) → units. */
    final Map<String, Map<String, Integer>> reservedUnits = new HashMap<>();
    /** sku → units of CONFIRMED orders. */
    final Map<String, Integer> confirmedUnits = new HashMap<>();
    final List<String> preparedInDatabase = new ArrayList<>();
    /** Order ids of this run that something acted on (a reservation, a recipient) but that are not in orders. */
    final List<String> phantoms = new ArrayList<>();
    /** "subscription event id" and "subscription message id" of each consumer failure since the run began. */
    final Set<String> failures = new HashSet<>();
    int failureCount;
    /** Orders of this run whose events the redrive published again, and how often in all. */
    final List<String> redriven = new ArrayList<>();
    /** Deliveries the redrive made good: events a subscription handled from a redrive's copy. */
    final List<String> madeGood = new ArrayList<>();
    /** Deliveries of events their transaction did not store, dropped by the consumer (messaging/control/Provenance). */
    final List<String> droppedPhantoms = new ArrayList<>();
    /** Why the broker could not be asked, or null: its lines are then not counted but reported wrong. */
    String brokerUnreadable;
    List<String> preparedInBroker = List.of();
    Map<String, Long> undrained = Map.of();
    List<BrokerManagement.DeadLetter> deadLetters = List.of();
    /** The records still waiting on legacy.orders.in. */
    List<String> queuedRecords = List.of();

    static Snapshot read(Database database, String brokerUrl, OrderMix mix, Instant runStart) throws Exception {
        Snapshot snapshot = new Snapshot();
        try (Connection connection = database.connect()) {
            snapshot.readDatabase(connection, mix, runStart);
        }
        try (BrokerManagement broker = new BrokerManagement(brokerUrl)) {
            snapshot.preparedInBroker = broker.preparedTransactions();
            snapshot.undrained = broker.undrainedQueues();
            snapshot.deadLetters = broker.deadLetters();
            snapshot.queuedRecords = broker.texts(LEGACY_QUEUE);
        } catch (Exception e) {
            snapshot.brokerUnreadable = e.toString();
        }
        return snapshot;
    }

    private void readDatabase(Connection connection, OrderMix mix, Instant runStart) throws SQLException {
        String email = mix.emailPattern();
        String sku = mix.skuPattern();
        query(connection, "SELECT id, status, reason, email, idempotency_key, legacy_ref FROM orders WHERE email LIKE ?",
                row -> orders.put(text(row, 1), new Order(text(row, 1), text(row, 2), text(row, 3), text(row, 4),
                        text(row, 5), text(row, 6))), email);
        query(connection, """
                SELECT e.correlation_id, e.event_type, count(*) FROM event_store e JOIN orders o ON o.id = e.correlation_id
                WHERE o.email LIKE ? GROUP BY 1, 2""",
                row -> events.computeIfAbsent(text(row, 1), id -> new HashMap<>()).put(text(row, 2), number(row, 3)), email);
        query(connection, "SELECT p.order_id, p.status FROM payment p JOIN orders o ON o.id = p.order_id WHERE o.email LIKE ?",
                row -> payments.put(text(row, 1), text(row, 2)), email);
        query(connection, """
                SELECT m.order_id, m.template, count(*) FROM mail m JOIN orders o ON o.id = m.order_id
                WHERE o.email LIKE ? GROUP BY 1, 2""",
                row -> mails.computeIfAbsent(text(row, 1), id -> new HashMap<>()).put(text(row, 2), number(row, 3)), email);
        query(connection, "SELECT sku, available, reserved FROM stock WHERE sku LIKE ?",
                row -> stock.put(text(row, 1), new Stock(text(row, 1), number(row, 2), number(row, 3))), sku);
        query(connection, """
                SELECT l.sku, r.status, sum(l.quantity) FROM reservation_line l JOIN reservation r ON r.order_id = l.order_id
                WHERE l.sku LIKE ? GROUP BY 1, 2""",
                row -> reservedUnits.computeIfAbsent(text(row, 1), s -> new HashMap<>()).put(text(row, 2), number(row, 3)), sku);
        query(connection, """
                SELECT l.sku, sum(l.quantity) FROM order_line l JOIN orders o ON o.id = l.order_id
                WHERE o.status = 'CONFIRMED' AND l.sku LIKE ? GROUP BY 1""",
                row -> confirmedUnits.put(text(row, 1), number(row, 2)), sku);
        query(connection, """
                SELECT a.order_id || coalesce(' charged ' || p.status, '') FROM (
                  SELECT r.order_id FROM reservation_line r WHERE r.sku LIKE ?
                  UNION SELECT n.order_id FROM notification_recipient n WHERE n.email LIKE ?) a
                LEFT JOIN payment p ON p.order_id = a.order_id AND p.status = 'CAPTURED'
                WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = a.order_id)""",
                row -> phantoms.add(text(row, 1)), sku, email);
        query(connection, """
                SELECT d.order_id || ' ×' || d.attempts FROM redrive d JOIN orders o ON o.id = d.order_id
                WHERE o.email LIKE ?""", row -> redriven.add(text(row, 1)), email);
        query(connection, """
                SELECT p.subscription || ' ' || p.event_type || ' of ' || p.correlation_id FROM processed_event p
                JOIN orders o ON o.id = p.correlation_id WHERE o.email LIKE ? AND p.redrive > 0""",
                row -> madeGood.add(text(row, 1)), email);
        query(connection, """
                SELECT subscription || ' ' || event_type || ' of ' || correlation_id FROM processed_event
                WHERE phantom AND processed_at >= ?""", row -> droppedPhantoms.add(text(row, 1)), Timestamp.from(runStart));
        query(connection, "SELECT gid || ' (prepared ' || prepared || ')' FROM pg_prepared_xacts WHERE database = current_database()",
                row -> preparedInDatabase.add(text(row, 1)));
        query(connection, "SELECT subscription, event_id, message_id FROM consumer_failure WHERE failed_at >= ?", row -> {
            failureCount++;
            failures.add(text(row, 1) + " " + text(row, 2));
            failures.add(text(row, 1) + " " + text(row, 3));
        }, Timestamp.from(runStart));
    }

    /** Whether a record naming this legacyRef still waits on legacy.orders.in or lies in the DLQ. */
    boolean recordWaiting(String legacyRef) {
        String field = legacyRef + ",";
        return queuedRecords.stream().anyMatch(text -> text != null && text.contains(field))
                || deadLetters.stream().anyMatch(letter -> letter.body() != null && letter.body().contains(field));
    }

    /** Whether the consumer of the letter's queue recorded a failure of that very message. */
    boolean failureRecorded(BrokerManagement.DeadLetter letter) {
        return failures.contains(letter.queue() + " " + letter.eventId())
                || failures.contains(letter.queue() + " " + letter.messageId());
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, Row each, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.accept(rows);
                }
            }
        }
    }

    private static String text(ResultSet row, int column) throws SQLException {
        return row.getString(column);
    }

    private static int number(ResultSet row, int column) throws SQLException {
        return row.getInt(column);
    }
}
