package io.eventwire.eventstore.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads what the event store's cursor is built on from PostgreSQL: the last event sequence drawn, transaction ids
 * (64-bit, never wrapping; both only grow), and which transactions are writing events now.
 */
@Stateless
public class WriterClock {

    /** A sequence and a transaction id taken after it: a writer with a higher id draws higher sequences. */
    public record Mark(long sequence, long transaction) {
    }

    /**
     * A transaction holds a write lock on event_store from before it draws a sequence until it ends (a prepared,
     * in-doubt branch keeps it), and an exclusive lock on its own id for as long: one read of pg_locks pairs them.
     * pg_locks shows 32-bit ids; each is widened to 64 bits next to the current one. With no writer, the next id.
     */
    private static final String OLDEST_EVENT_WRITER = """
            WITH locks AS MATERIALIZED (SELECT locktype, relation, transactionid, virtualtransaction, mode FROM pg_locks),
                 clock AS (SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 2147483648 AS ahead)
            SELECT COALESCE(min(clock.ahead - ((clock.ahead - own.transactionid::text::bigint) % 4294967296
                                               + 4294967296) % 4294967296),
                            clock.ahead - 2147483648)
            FROM clock LEFT JOIN (locks writing JOIN locks own ON own.virtualtransaction = writing.virtualtransaction
                                  AND own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock')
                       ON writing.locktype = 'relation' AND writing.relation = 'event_store'::regclass
                          AND writing.mode <> 'AccessShareLock'
            GROUP BY clock.ahead""";

    @PersistenceContext
    EntityManager em;

    /**
     * The last sequence drawn, then a transaction id of our own, committed at once. A writer takes its id before
     * its sequences (V9's next_event_sequence), so any writer with a higher id draws above the mark. The commit
     * flushes the write-ahead log past both, so neither counter restarts below the mark after a database crash.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Mark mark() {
        long sequence = lastDrawn();
        return new Mark(sequence, number("SELECT pg_current_xact_id()::text::bigint"));
    }

    /** The last sequence handed to a writer, committed or not; 0 before the first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long lastDrawn() {
        return number("SELECT COALESCE(pg_sequence_last_value('event_sequence'), 0)");
    }

    /**
     * The lowest transaction id among the transactions writing to event_store now, prepared ones included, or
     * the next id when there is none. Transactions that write no event (and other databases') do not count.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long oldestEventWriter() {
        return number(OLDEST_EVENT_WRITER);
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
