package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.messaging.entity.ProcessedEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Lets each event through once per subscription. Two concurrent deliveries of the same event both pass
 * the lookup, but only one can commit its row: the other rolls back, is redelivered, and is then refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Inbox {

    /** Prometheus: eventwire_duplicate_events_total{subscription="…"}, duplicates refused per subscription. */
    static final String DUPLICATES = "eventwire_duplicate_events";

    @PersistenceContext
    EntityManager em;

    @Inject
    MetricRegistry metrics;

    /** True the first time {@code subscription} sees this event; records that it has now. */
    public boolean firstDelivery(String subscription, EventEnvelope event) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(subscription, event.eventId());
        if (em.find(ProcessedEvent.class, key) != null) {
            duplicates(subscription).inc();
            return false;
        }
        em.persist(new ProcessedEvent(key, event.eventType(), event.correlationId()));
        return true;
    }

    /**
     * Writes the handling's changes now, so that a constraint they break fails inside the consumer, where the
     * failure is recorded, rather than at commit, where nobody could say which event broke it.
     */
    public void flush() {
        em.flush();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Counter duplicates(String subscription) {
        return metrics.counter(DUPLICATES, new Tag("subscription", subscription));
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
