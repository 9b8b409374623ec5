package io.eventwire.replay.control;

import io.eventwire.eventstore.boundary.EventSelection;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.replay.entity.Replay;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Sends a replay's events in batches, each batch and its progress in one XA transaction: a crash loses no
 * progress it reported, and no batch is half sent.
 */
@Stateless
public class Replayer {

    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventStore eventStore;

    @Inject
    EventPublisher publisher;

    @Resource
    SessionContext session;

    /** Committed before {@link #run} starts, which reads it from another thread. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Replay create(String subscription, EventSelection selection) {
        Replay replay = new Replay(subscription, selection, eventStore.count(selection));
        em.persist(replay);
        return replay;
    }

    /** @param queue the subscription's queue, {@code address::queue}: no other subscription gets a copy */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String replayId, String queue, String aggregateType) {
        Replayer self = session.getBusinessObject(Replayer.class);
        try {
            boolean more = true;
            while (more) {
                more = self.nextBatch(replayId, queue, aggregateType);
            }
        } catch (RuntimeException e) {
            self.failed(replayId, e);
        }
    }

    /** Sends the next batch; false once the selection is exhausted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean nextBatch(String replayId, String queue, String aggregateType) {
        Replay replay = em.find(Replay.class, replayId, LockModeType.PESSIMISTIC_WRITE);
        List<StoredEvent> events = eventStore.select(replay.selection(aggregateType), replay.lastSequence(), BATCH);
        events.forEach(event -> publisher.resend(event.envelope(), queue, replayId));
        if (!events.isEmpty()) {
            replay.sent(events.size(), events.get(events.size() - 1).sequence());
        }
        if (events.size() < BATCH) {
            replay.done();
            return false;
        }
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String replayId, RuntimeException cause) {
        em.find(Replay.class, replayId).failed(cause.toString());
    }
}
