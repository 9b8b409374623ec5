package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The database is the record: a delivered event is acted upon only if the transaction that published it stored it
 * too. After a crash a transaction can commit its message while its database branch is rolled back (the transaction
 * manager forgot it, and a later recovery presumed it aborted): a <em>phantom</em>, whose effects (a reservation,
 * a charge, a mail) no state would account for. Its consumers drop it instead; a message that the store lacks is
 * published again by the redrive (replay/control/Redrive), so nothing the store holds is lost this way either.
 * The first look at the store is the subscription's claim ({@link Inbox#claim}); this bean answers only for an event
 * the claim did not find.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Provenance {

    @PersistenceContext
    EntityManager em;

    /**
     * Whether an event that its subscription's claim did not find in the store ({@link Inbox.Claim#UNSTORED}) is
     * there after all; false if it is not and never will be. Throws {@link NotYetVisible} while it may still come:
     * a message reaches its consumers only after every branch of its transaction was prepared, so its database
     * branch is committed, or prepared and waiting (commit phase, recovery), or gone for good. The store is read
     * again after the prepared transactions, so that one committed since the claim is not taken for gone.
     */
    public boolean storedAfterAll(EventEnvelope event) {
        if (prepared() > 0) {
            throw new NotYetVisible("event " + event.eventId() + " is not stored, and a prepared transaction may hold it");
        }
        return inStore(event);
    }

    private boolean inStore(EventEnvelope event) {
        return !em.createNativeQuery("SELECT 1 FROM event_store WHERE event_id = ?1")
                .setParameter(1, event.eventId()).getResultList().isEmpty();
    }

    private long prepared() {
        return ((Number) em.createNativeQuery(
                "SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()").getSingleResult())
                .longValue();
    }
}
