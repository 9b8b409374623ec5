package io.eventwire.replay.control;

import io.eventwire.eventstore.boundary.EventSelection;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.boundary.Projection;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.EventEnvelope;
import io.eventwire.messaging.control.Subscriptions;
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
import java.util.function.Consumer;

/**
 * Walks a replay's events in batches, each batch and its progress in one XA transaction: a crash loses no
 * progress it reported, and no batch is half sent or half applied.
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

    @Inject
    Subscriptions subscriptions;

    @Inject
    ReadModels readModels;

    @Resource
    SessionContext session;

    /** Committed before {@link #run} starts, which reads it from another thread. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Replay create(Replay.Kind kind, String target, EventSelection selection) {
        Replay replay = new Replay(kind, target, selection, eventStore.count(selection));
        em.persist(replay);
        return replay;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String replayId) {
        Replayer self = session.getBusinessObject(Replayer.class);
        try {
            boolean more = true;
            while (more) {
                more = self.nextBatch(replayId);
            }
        } catch (RuntimeException e) {
            self.failed(replayId, e);
        }
    }

    /** Sends or applies the next batch; false once the selection is exhausted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean nextBatch(String replayId) {
        Replay replay = em.find(Replay.class, replayId, LockModeType.PESSIMISTIC_WRITE);
        Consumer<EventEnvelope> target = target(replay);
        List<StoredEvent> events = eventStore.select(replay.selection(), replay.lastSequence(), BATCH);
        events.forEach(event -> target.accept(event.envelope()));
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

    /** The subscription's queue alone ({@code topic::subscription}), or the read model's projection. */
    private Consumer<EventEnvelope> target(Replay replay) {
        if (replay.kind() == Replay.Kind.READ_MODEL) {
            Projection projection = readModels.named(replay.target())
                    .orElseThrow(() -> new IllegalStateException("no read model " + replay.target()));
            return projection::apply;
        }
        String queue = subscriptions.queue(replay.target())
                .orElseThrow(() -> new IllegalStateException("no subscription " + replay.target()));
        return event -> publisher.resend(event, queue, replay.id());
    }
}
