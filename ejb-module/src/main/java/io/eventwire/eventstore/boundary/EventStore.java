package io.eventwire.eventstore.boundary;

import io.eventwire.eventstore.entity.StoredEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the event store: one order's story, or a filtered page of everything. */
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

    public List<StoredEvent> forCorrelation(String correlationId) {
        return em.createNamedQuery(StoredEvent.BY_CORRELATION, StoredEvent.class)
                .setParameter("correlationId", correlationId)
                .getResultList();
    }

    public List<StoredEvent> search(String type, String correlationId, long afterSequence, int limit) {
        return em.createNamedQuery(StoredEvent.SEARCH, StoredEvent.class)
                .setParameter("type", type)
                .setParameter("correlationId", correlationId)
                .setParameter("afterSequence", afterSequence)
                .setMaxResults(limit)
                .getResultList();
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
