package io.eventwire.eventstore.boundary;

import io.eventwire.eventstore.entity.StoredEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the event store: one order's story, or a filtered page of everything. */
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
}
