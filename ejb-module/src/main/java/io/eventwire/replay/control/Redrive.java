package io.eventwire.replay.control;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.messaging.control.BrokerQueues;
import io.eventwire.messaging.control.CorrelatedLog;
import io.eventwire.messaging.control.Subscriptions;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The saga's safety net for a delivery the broker or the adapter lost (src/docs/reliability.md#redrive): an order
 * that has not moved for 30 s, plus however long the subscription queues take to drain, while its story is
 * unfinished — still PENDING, its mail not sent, or its stock still held — gets all its stored events published
 * again to their topics. The broker's filters route each copy as they routed the original, and each
 * subscription's Inbox refuses what it has handled, so only what was lost takes effect. An order is tried at most
 * {@value #ATTEMPTS} times, 30 s apart. It leaves alone an order whose payment waits for its next attempt (the saga
 * waits on purpose) and one whose event a consumer itself failed on (that is the operator's, on the Dead letters
 * page). Its ticks wait for StartupRecovery, like every transaction of the application (src/docs/reliability.md,
 * "Opening the transaction log").
 */
@Singleton
@DependsOn("StartupRecovery")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Redrive {

    private static final CorrelatedLog LOG = CorrelatedLog.of(Redrive.class);

    /** How long an unfinished order stays unchanged before it counts as stalled. */
    static final Duration QUIET = Duration.ofSeconds(30);
    /**
     * Under load an order waits in the queues, not lost: it stalls only after QUIET more than the queues take to
     * drain, or every order behind a backlog would be published again and the copies deepen it. Capped, so that
     * consumers that do not move at all do not hold back the safety net for ever.
     */
    static final Duration BACKLOG_CAP = Duration.ofMinutes(5);

    /** How far back orders changed without Notification hearing of them are looked for. */
    static final Duration HORIZON = Duration.ofMinutes(15);
    static final int ATTEMPTS = 5;
    /** 240 orders a minute: a crash that lost hundreds of deliveries is made good within the fault suite's 2 minutes. */
    static final int PER_TICK = 60;
    /**
     * The longest a transaction runs (the transaction service's timeout): an order's updated_at, taken inside the
     * transaction that changes it, is at most this much older than the database's start of that transaction, and a
     * prepared transaction ran its statements at most this long before it prepared.
     */
    static final Duration LONGEST_TRANSACTION = Duration.ofSeconds(30);

    /** Prometheus: eventwire_redrives_total, orders whose events were published again. */
    static final String REDRIVES = "eventwire_redrives";

    /**
     * The unfinished orders are the union: three small sets of any age, each a partial index (V13) — PENDING
     * orders, held reservations, recipients not mailed — and, since an order whose end never reached Notification
     * is in none of them, the orders without a recipient among those changed since ?4 (a range of
     * orders_updated_at, V15) or redriven in the last {@link #HORIZON} (V16: their later attempts). OFFSET 0 keeps
     * the recipient test a lookup per recent order: as a join, PostgreSQL hashed the whole recipient table every tick.
     */
    private static final String STALLED = """
            SELECT o.id FROM orders o
            WHERE o.id IN (SELECT p.id FROM orders p WHERE p.status = 'PENDING'
                           UNION SELECT r.order_id FROM reservation r WHERE r.status = 'RESERVED'
                           UNION SELECT n.order_id FROM notification_recipient n WHERE n.mailed_at IS NULL
                           UNION SELECT h.id FROM orders h WHERE h.updated_at >= ?4 AND h.updated_at < ?2
                             AND NOT EXISTS (SELECT 1 FROM notification_recipient m WHERE m.order_id = h.id OFFSET 0)
                           UNION SELECT d.order_id FROM redrive d WHERE d.last_at > ?1
                             AND NOT EXISTS (SELECT 1 FROM notification_recipient m WHERE m.order_id = d.order_id))
              AND o.updated_at < ?2
              AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.order_id = o.id AND p.status = 'PENDING'
                              AND p.next_attempt_at IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM consumer_failure f WHERE f.correlation_id = o.id AND f.counts)
              AND NOT EXISTS (SELECT 1 FROM redrive d WHERE d.order_id = o.id AND (d.attempts >= ?3 OR d.last_at > ?2))
            ORDER BY o.created_at
            """;

    private static final String COUNT = """
            INSERT INTO redrive (order_id, attempts, last_at) VALUES (?1, 1, ?2)
            ON CONFLICT (order_id) DO UPDATE SET attempts = redrive.attempts + 1, last_at = EXCLUDED.last_at
            RETURNING attempts
            """;

    /**
     * When the oldest transaction of this database still open began, as milliseconds since the epoch: a change not
     * yet visible belongs to one. A prepared transaction (in doubt) shows only when it prepared, so it counts from
     * {@link #LONGEST_TRANSACTION} before that. The database's own clock when none is open.
     */
    private static final String OPEN_SINCE = """
            SELECT floor(extract(epoch FROM COALESCE(LEAST(
                       (SELECT min(a.xact_start) FROM pg_stat_activity a
                        WHERE a.datname = current_database() AND a.backend_type = 'client backend'
                          AND a.pid <> pg_backend_pid()),
                       (SELECT min(x.prepared) FROM pg_prepared_xacts x WHERE x.database = current_database())
                         - make_interval(secs => ?1)),
                   now())) * 1000)::bigint
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventStore eventStore;

    @Inject
    EventPublisher publisher;

    @Inject
    MetricRegistry metrics;

    @Inject
    BrokerQueues broker;

    @Inject
    Subscriptions subscriptions;

    @Resource
    SessionContext session;

    /** Each queue's acknowledgements at the last tick, and when that was: the drain rate is measured between ticks. */
    private Map<String, Long> acknowledged = Map.of();
    private Instant lastTick;
    /**
     * Up to where the orders changed without a recipient have been looked at: a tick reads only the changes after it
     * instead of the whole horizon, whose read cost grew with the order rate and came every 15 s as a burst that the
     * saga's latency felt (src/docs/performance.md). Never after a change that was still invisible when it was set
     * (see {@link #lookedAt}). Lost on a restart: the first tick reads the whole horizon.
     */
    private Instant lookedUpTo;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void tick() {
        Redrive self = session.getBusinessObject(Redrive.class);
        List<String> stalled;
        try {
            Instant now = Instant.now();
            Duration quiet = QUIET.plus(drain(broker.backlogs(subscriptions.all().keySet()), now));
            Instant openSince = self.openSince(); // before the read: what it cannot see is open now or starts later
            stalled = self.stalled(now, quiet, changedSince(now));
            if (stalled.size() < PER_TICK) { // else the rest is found from the same point at the next tick
                lookedAt(now.minus(quiet), openSince);
            }
        } catch (RuntimeException e) {
            // A callback that fails twice makes Payara expunge the timer (EJB5119), and the safety net with it.
            LOG.warning(null, () -> "stalled orders not read, looked for again at the next tick: " + e);
            return;
        }
        for (String orderId : stalled) {
            try {
                self.redrive(orderId);
            } catch (RuntimeException e) {
                LOG.warning(orderId, () -> "redrive failed, tried again at a later tick: " + e);
            }
        }
    }

    /**
     * How long the slowest queue takes to drain its backlog at the rate it acknowledged since the last tick (Little's
     * law, queue by queue: one lagging subscription hides in a sum): none for an empty queue, the cap for one that
     * did not move or whose counters restarted with the broker.
     */
    synchronized Duration drain(Map<String, BrokerQueues.Backlog> backlogs, Instant now) {
        Map<String, Long> before = acknowledged;
        Instant since = lastTick;
        acknowledged = new HashMap<>();
        lastTick = now;
        Duration slowest = Duration.ZERO;
        for (Map.Entry<String, BrokerQueues.Backlog> queue : backlogs.entrySet()) {
            BrokerQueues.Backlog backlog = queue.getValue();
            acknowledged.put(queue.getKey(), backlog.acknowledged());
            Long earlier = before.get(queue.getKey());
            Duration wait;
            if (backlog.messages() == 0) {
                wait = Duration.ZERO;
            } else if (earlier == null || backlog.acknowledged() <= earlier) {
                wait = BACKLOG_CAP;
            } else {
                wait = Duration.between(since, now).multipliedBy(backlog.messages())
                        .dividedBy(backlog.acknowledged() - earlier);
            }
            slowest = wait.compareTo(slowest) > 0 ? wait : slowest;
        }
        return slowest.compareTo(BACKLOG_CAP) < 0 ? slowest : BACKLOG_CAP;
    }

    /** Where a tick starts to read the orders changed without a recipient. */
    synchronized Instant changedSince(Instant now) {
        Instant horizon = now.minus(HORIZON);
        return lookedUpTo != null && lookedUpTo.isAfter(horizon) ? lookedUpTo : horizon;
    }

    /**
     * A tick read the quiet orders up to {@code quietSince}; a change that commits after its read carries an
     * updated_at no older than {@link #LONGEST_TRANSACTION} before {@code openSince}, so the next tick reads from
     * the earlier of the two. Never back: with a longer quiet (a deeper backlog), or an older transaction that was
     * open at an earlier tick too, the orders before the mark were looked at already.
     */
    synchronized void lookedAt(Instant quietSince, Instant openSince) {
        Instant invisibleAfter = openSince.minus(LONGEST_TRANSACTION);
        Instant mark = quietSince.isBefore(invisibleAfter) ? quietSince : invisibleAfter;
        if (lookedUpTo == null || mark.isAfter(lookedUpTo)) {
            lookedUpTo = mark;
        }
    }

    /** When the oldest transaction still open in the database began ({@link #OPEN_SINCE}). */
    public Instant openSince() {
        return Instant.ofEpochMilli(((Number) em.createNativeQuery(OPEN_SINCE)
                .setParameter(1, LONGEST_TRANSACTION.toSeconds())
                .getSingleResult()).longValue());
    }

    /**
     * The orders unchanged for {@code quiet} as of {@code now}, oldest first, at most a tick's worth; of those
     * without a recipient, only the ones changed after {@code changedSince} or redriven before.
     */
    @SuppressWarnings("unchecked")
    public List<String> stalled(Instant now, Duration quiet, Instant changedSince) {
        return em.createNativeQuery(STALLED)
                .setParameter(1, now.minus(HORIZON))
                .setParameter(2, now.minus(quiet))
                .setParameter(3, ATTEMPTS)
                .setParameter(4, changedSince)
                .setMaxResults(PER_TICK)
                .getResultList();
    }

    /** Publishes every stored event of the order again, and counts the attempt, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void redrive(String orderId) {
        int attempt = ((Number) em.createNativeQuery(COUNT)
                .setParameter(1, orderId)
                .setParameter(2, Instant.now())
                .getSingleResult()).intValue();
        List<StoredEvent> events = eventStore.forCorrelation(orderId);
        events.forEach(event -> publisher.republish(event.envelope(), attempt));
        metrics.counter(REDRIVES).inc();
        LOG.warning(orderId, () -> "order " + orderId + " stalled: its " + events.size()
                + " events published again (attempt " + attempt + " of " + ATTEMPTS + ")");
    }
}
