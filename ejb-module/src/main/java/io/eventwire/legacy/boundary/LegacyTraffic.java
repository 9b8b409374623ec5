package io.eventwire.legacy.boundary;

import io.eventwire.legacy.entity.Exchange;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What crossed the legacy queues lately, for operators: records received and rejected, statuses sent. */
@Stateless
public class LegacyTraffic {

    @PersistenceContext
    EntityManager em;

    /** The newest exchanges of one kind (all kinds when null), newest first. */
    public List<Exchange> newest(Exchange.Kind kind, int max) {
        return em.createNamedQuery(Exchange.NEWEST_FIRST, Exchange.class)
                .setParameter("kind", kind)
                .setMaxResults(max)
                .getResultList();
    }
}
