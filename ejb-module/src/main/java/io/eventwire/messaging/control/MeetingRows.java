package io.eventwire.messaging.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/**
 * The row where two events of an order meet when they may arrive in either order, or at once: Payment's token
 * and total, Notification's address and outcome. Whichever comes second finds the first one's half and acts,
 * in its own delivery. The row is created in a transaction of its own, so two deliveries racing to create it
 * do not fail (the loser finds the winner's row), and each then locks it: they take turns, none waits for a
 * redelivery.
 */
@Stateless
public class MeetingRows {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The row, locked for the caller's transaction; created empty first if it does not exist yet. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public <T> T locked(Class<T> type, Object id, Supplier<T> empty) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        try {
            session.getBusinessObject(MeetingRows.class).create(type, id, empty);
        } catch (EJBException lost) {
            // another delivery created it between our look and our insert: its row is as good as ours
        }
        row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("cannot create the " + type.getSimpleName() + " of " + id);
        }
        return row;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> void create(Class<T> type, Object id, Supplier<T> empty) {
        if (em.find(type, id) == null) {
            em.persist(empty.get());
        }
    }
}
