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
 * One event per order creates each row (InventoryReserved the charge, the order's end the recipient), and copies
 * of that event never get here together: the Inbox claim makes a copy wait for the first and refuses it. Should
 * two deliveries ever find no row at once all the same, the second fails on the primary key, rolls back whole and
 * finds the row when it is delivered again; the row is never seen half made.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MeetingRows {

    @PersistenceContext
    EntityManager em;

    /** The row, locked for the caller's transaction; created for it if it does not exist yet. */
    public <T> T locked(Class<T> type, Object id, Supplier<T> empty) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = empty.get();
            em.persist(row);
        }
        return row;
    }
}
