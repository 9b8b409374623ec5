package io.eventwire.messaging.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/**
 * An order's row that the delivery which first needs it creates: Payment's charge, Notification's recipient.
 * Copies of one event never get here together (the Inbox claim makes a copy wait for the first and refuses it),
 * and since neither service subscribes to OrderPlaced any more, one event per order creates each row. Should two
 * deliveries ever find no row at once, they take turns on a lock named after it (a PostgreSQL advisory lock, held
 * to the end of the transaction): the first creates the row, the second waits for the first to end and then finds
 * its row. Neither fails, none waits for a redelivery, and the row is never seen half made.
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
