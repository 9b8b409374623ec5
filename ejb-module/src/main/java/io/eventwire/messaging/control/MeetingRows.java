package io.eventwire.messaging.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/**
 * The row where copies of an order's event meet when they arrive at once (a redrive, a replay, a producer's
 * retry): Payment's charge, Notification's recipient. Two deliveries that find no row take turns on a lock named
 * after it (a PostgreSQL advisory lock, held to the end of the transaction): the first creates the row, the second
 * waits for the first to end and then finds its row. Neither fails, none waits for a redelivery, and the row is
 * never seen half made.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MeetingRows {

    @PersistenceContext
    EntityManager em;

    /** The row, locked for the caller's transaction; created for it if it does not exist yet. */
    public <T> T locked(Class<T> type, Object id, Supplier<T> empty) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, type.getName())
                .setParameter(2, id.toString())
                .getSingleResult();
        row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = empty.get();
            em.persist(row);
        }
        return row;
    }
}
