package io.eventwire.messaging.control;

import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Why deliveries failed: recorded beside the rolled-back handling, counted by the consumer to decide when a
 * message is poison, and read when an operator looks at a dead letter.
 */
@Stateless
public class FailureLog {

    /** What one message's consumer recorded of it: how many failures, and the last one. */
    public record History(long failures, Optional<ConsumerFailure> last) {
    }

    @PersistenceContext
    EntityManager em;

    /** Commits on its own: the failed handling's transaction is about to roll back and would take it along. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String subscription, ConsumerFailure.Delivery delivery, Throwable failure, boolean counts) {
        em.persist(new ConsumerFailure(subscription, delivery, reason(failure), counts));
    }

    /** How many failures that count towards the DLQ one message had in one subscription. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long counted(String subscription, String messageKey) {
        return em.createNamedQuery(ConsumerFailure.COUNTED, Long.class)
                .setParameter("subscription", subscription)
                .setParameter("key", messageKey)
                .getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public History of(String subscription, String messageKey) {
        long failures = em.createNamedQuery(ConsumerFailure.COUNT_OF_MESSAGE, Long.class)
                .setParameter("subscription", subscription)
                .setParameter("key", messageKey)
                .getSingleResult();
        Optional<ConsumerFailure> last = em.createNamedQuery(ConsumerFailure.OF_MESSAGE, ConsumerFailure.class)
                .setParameter("subscription", subscription)
                .setParameter("key", messageKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        return new History(failures, last);
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
