package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.messaging.entity.ProcessedEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Lets each event through once per subscription, also when two deliveries of one event run at once.
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

    /** What a subscription's claim on an event found. */
    public enum Claim {
        /** The subscription has handled the event before: it is refused. */
        TAKEN,
        /** The first delivery, of an event in the store. */
        STORED,
        /**
         * The first delivery, of an event the store did not show: a phantom, or an event whose transaction has not
         * committed its database branch yet ({@link Provenance} tells which). The claim says phantom until then.
         */
        UNSTORED
    }

    /**
     * Records that {@code subscription} sees this event, unless it has. Claim before effect: the row is written at
     * once, so a concurrent delivery of the same event waits here until ours ends, and is refused if ours committed,
     * before either calls anything outside. {@code redrive}: which redrive published the copy handled (0: not a
     * redrive's copy), so that the store tells the deliveries the redrive made good.
     */
    public Claim claim(String subscription, EventEnvelope event, int redrive) {
        List<?> phantom = em.createNamedQuery(ProcessedEvent.CLAIM)
                .setParameter(1, subscription)
                .setParameter(2, event.eventId())
                .setParameter(3, event.eventType())
                .setParameter(4, event.correlationId())
                .setParameter(5, redrive)
                .getResultList();
        if (phantom.isEmpty()) {
            duplicates(subscription).inc();
            return Claim.TAKEN;
        }
        return Boolean.TRUE.equals(phantom.get(0)) ? Claim.UNSTORED : Claim.STORED;
    }

    /** An {@link Claim#UNSTORED} event that {@link Provenance} found in the store after all: it is handled. */
    public void clearPhantom(String subscription, EventEnvelope event) {
        em.createNamedQuery(ProcessedEvent.CLEAR_PHANTOM)
                .setParameter(1, subscription)
                .setParameter(2, event.eventId())
                .executeUpdate();
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
