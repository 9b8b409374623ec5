package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.messaging.entity.ProcessedEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets each event through once per subscription. Two concurrent deliveries of the same event both pass
 * the lookup, but only one can commit its row: the other rolls back, is redelivered, and is then refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Inbox {

    @PersistenceContext
    EntityManager em;

    /** True the first time {@code subscription} sees this event; records that it has now. */
    public boolean firstDelivery(String subscription, EventEnvelope event) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(subscription, event.eventId());
        if (em.find(ProcessedEvent.class, key) != null) {
            return false;
        }
        em.persist(new ProcessedEvent(key, event.eventType(), event.correlationId()));
        return true;
    }

    /** How many events of one order (its correlation id) {@code subscription} has handled. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long handledFor(String subscription, String correlationId) {
        return em.createNamedQuery(ProcessedEvent.COUNT_FOR_CORRELATION, Long.class)
                .setParameter("subscription", subscription)
                .setParameter("correlationId", correlationId)
                .getSingleResult();
    }
}
