package io.eventwire.eventstore.boundary;

import io.eventwire.eventstore.entity.StoredEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reads the event store: one order's story, a filtered page of everything, or a selection to replay. */
@Stateless
public class EventStore {

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

    /** The next {@code limit} events of a selection after {@code afterSequence}, in store order. */
    public List<StoredEvent> select(EventSelection selection, long afterSequence, int limit) {
        return selected(em.createNamedQuery(StoredEvent.SELECTION, StoredEvent.class), selection, afterSequence)
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
}
