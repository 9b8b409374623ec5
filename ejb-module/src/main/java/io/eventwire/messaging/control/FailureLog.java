package io.eventwire.messaging.control;

import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Why deliveries failed: recorded beside the rolled-back handling, read when an operator looks at a dead letter. */
@Stateless
public class FailureLog {

    @PersistenceContext
    EntityManager em;

    /** Commits on its own: the failed handling's transaction is about to roll back and would take it along. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String subscription, ConsumerFailure.Delivery delivery, Throwable failure) {
        em.persist(new ConsumerFailure(subscription, delivery, reason(failure)));
    }

    /** The last failure of one message in one subscription, found by its event id or, if unreadable, its message id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ConsumerFailure> latest(String subscription, String eventId, String messageId) {
        return em.createNamedQuery(ConsumerFailure.LATEST, ConsumerFailure.class)
                .setParameter("subscription", subscription)
                .setParameter("eventId", eventId == null ? "" : eventId)
                .setParameter("messageId", messageId == null ? "" : messageId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The exception that says what went wrong, not the container's wrapper around it. */
    static Throwable reason(Throwable failure) {
        Throwable reason = failure;
        while (reason instanceof EJBException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason;
    }
}
