package io.eventwire.eventstore.boundary;

import io.eventwire.eventstore.control.CommitHorizon;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.DomainEvent;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderPlaced;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the event store: one order's story, a filtered page of everything, or a selection to replay. */
@Stateless
public class EventStore {

    /** What the console's event browser narrows by; a null field does not narrow. {@code to} is exclusive. */
    public record Filter(String type, String correlationId, String aggregateId, Instant from, Instant to) {

        public static Filter between(Instant from, Instant to) {
            return new Filter(null, null, null, from, to);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CommitHorizon horizon;

    public List<StoredEvent> forCorrelation(String correlationId) {
        return em.createNamedQuery(StoredEvent.BY_CORRELATION, StoredEvent.class)
                .setParameter("correlationId", correlationId)
                .getResultList();
    }

    /**
     * The payload of the first stored event of a type in one order's story: how a service reads a fact that another
     * published without subscribing to every event that carries it.
     */
    public <T extends DomainEvent> Optional<T> first(String correlationId, Class<T> type) {
        return em.createNamedQuery(StoredEvent.OF_TYPE_BY_CORRELATION, StoredEvent.class)
                .setParameter("correlationId", correlationId)
                .setParameter("type", type.getSimpleName())
                .setMaxResults(1)
                .getResultList().stream()
                .findFirst()
                .map(event -> EventJson.payload(event.envelope(), type));
    }

    /**
     * The OrderPlaced of an order whose story goes on: the services that need its facts later (token, address) read
     * them here. Every later event of the story was caused by it, and consumers act only on stored events.
     */
    public OrderPlaced placed(String orderId) {
        return first(orderId, OrderPlaced.class).orElseThrow(
                () -> new IllegalStateException("order " + orderId + " goes on, but its OrderPlaced is not stored"));
    }

    /**
     * The next {@code limit} events after {@code afterSequence} in sequence order, never past an event that may
     * still commit: paging on from the last one returned misses none. A short page means the reader caught up
     * with what is settled, not that nothing more will come.
     */
    public List<StoredEvent> search(String type, String correlationId, long afterSequence, int limit) {
        return em.createNamedQuery(StoredEvent.SEARCH, StoredEvent.class)
                .setParameter("settled", horizon.settled())
                .setParameter("type", type)
                .setParameter("correlationId", correlationId)
                .setParameter("afterSequence", afterSequence)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The next {@code limit} events of a selection after {@code afterSequence} and up to {@code settled} (from
     * {@link CommitHorizon#settled()}, taken outside the caller's transaction), in store order.
     */
    public List<StoredEvent> select(EventSelection selection, long afterSequence, long settled, int limit) {
        return selected(em.createNamedQuery(StoredEvent.SELECTION, StoredEvent.class), selection, afterSequence)
                .setParameter("settled", settled)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(EventSelection selection) {
        return selected(em.createNamedQuery(StoredEvent.COUNT_SELECTION, Long.class), selection, 0).getSingleResult();
    }

    private static <T> TypedQuery<T> selected(TypedQuery<T> query, EventSelection selection, long afterSequence) {
        return query.setParameter("afterSequence", afterSequence)
                .setParameter("aggregateType", selection.aggregateType())
                .setParameter("type", selection.type())
                .setParameter("from", selection.fromOrBeginning())
                .setParameter("to", selection.toOrEnd())
                .setParameter("fromSequence", selection.fromSequenceOrFirst())
                .setParameter("toSequence", selection.toSequenceOrLast());
    }

    /** A page of the events the filter matches, newest first. */
    public List<StoredEvent> newestFirst(Filter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StoredEvent> query = cb.createQuery(StoredEvent.class);
        Root<StoredEvent> event = query.from(StoredEvent.class);
        query.where(matching(filter, cb, event)).orderBy(cb.desc(event.get("sequence")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<StoredEvent> event = query.from(StoredEvent.class);
        query.select(cb.count(event)).where(matching(filter, cb, event));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(Filter filter, CriteriaBuilder cb, Root<StoredEvent> event) {
        List<Predicate> where = new ArrayList<>();
        if (filter.type() != null) {
            where.add(cb.equal(event.get("eventType"), filter.type()));
        }
        if (filter.correlationId() != null) {
            where.add(cb.equal(event.get("correlationId"), filter.correlationId()));
        }
        if (filter.aggregateId() != null) {
            where.add(cb.equal(event.get("aggregateId"), filter.aggregateId()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
