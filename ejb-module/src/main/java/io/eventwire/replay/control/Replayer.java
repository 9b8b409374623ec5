package io.eventwire.replay.control;

import io.eventwire.eventstore.boundary.EventSelection;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.boundary.Projection;
import io.eventwire.eventstore.control.CommitHorizon;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.eventstore.control.WriterClock;
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
 * progress it reported, and no batch is half sent or half applied. A replay covers its selection up to the last
 * sequence drawn when it was created, and reads no further than what is settled ({@link CommitHorizon}): an
 * event whose transaction commits late is waited for, never passed.
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

    @Inject
    CommitHorizon horizon;

    @Inject
    WriterClock clock;

    @Resource
    SessionContext session;

    /** Committed before {@link #run} starts, which reads it from another thread. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Replay create(Replay.Kind kind, String target, EventSelection selection) {
        EventSelection untilNow = selection.upTo(clock.lastDrawn());
        Replay replay = new Replay(kind, target, untilNow, eventStore.count(untilNow));
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
                more = self.nextBatch(replayId, horizon.settled());
            }
        } catch (RuntimeException e) {
            self.failed(replayId, e);
        }
    }

    /**
     * Sends or applies the next batch of events up to {@code settled}; false once the selection is exhausted,
     * which needs its last sequence settled.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean nextBatch(String replayId, long settled) {
        Replay replay = em.find(Replay.class, replayId, LockModeType.PESSIMISTIC_WRITE);
        Consumer<EventEnvelope> target = target(replay);
        EventSelection selection = replay.selection();
        List<StoredEvent> events = eventStore.select(selection, replay.lastSequence(), settled, BATCH);
        events.forEach(event -> target.accept(event.envelope()));
        if (!events.isEmpty()) {
            replay.sent(events.size(), events.get(events.size() - 1).sequence());
        }
        if (events.size() < BATCH && settled >= selection.toSequence()) {
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
