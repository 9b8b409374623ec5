package io.eventwire.eventstore.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the two counters the event store's cursor is built on: the last event sequence drawn, and
 * PostgreSQL's transaction ids (64-bit, never wrapping). Both only grow.
 */
@Stateless
public class WriterClock {

    /** A sequence and a transaction id taken after it: every transaction with a higher id draws higher sequences. */
    public record Mark(long sequence, long transaction) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * The last sequence drawn, then a transaction id of our own, committed at once: a writer's id is taken
     * before its sequences (V9's next_event_sequence), so any writer with a higher id draws above the mark.
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
     * The lowest transaction id that may still be running anywhere in the cluster, prepared (in-doubt) branches
     * included: every lower id has ended, committed or rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long oldestRunning() {
        return number("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
