package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Duration;

/**
 * What every subscription's MDB does with a message: read the event (an unreadable one throws, so it is
 * redelivered and ends in the DLQ), let each event through once, and hand it to the service. A failure
 * is recorded before it rolls the handling back, so the operator later sees why a dead letter died.
 */
public abstract class EventConsumer implements MessageListener {

    private static final CorrelatedLog LOG = CorrelatedLog.of(EventConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    FailureLog failures;

    @Inject
    ConsumerMetrics metrics;

    private final String subscription;

    /** @param subscription the queue this MDB consumes, {@code <service>.<topic>} (META-INF/ejb-jar.xml) */
    protected EventConsumer(String subscription) {
        this.subscription = subscription;
    }

    /** Handles one event, in the transaction that also records it as processed. */
    protected abstract void handle(EventEnvelope event);

    @Override
    public void onMessage(Message message) {
        EventEnvelope event = null;
        try {
            event = EventMessages.read(message);
            consume(event);
        } catch (RuntimeException e) {
            failed(EventMessages.delivery(message, event), e);
            throw e;
        }
    }

    private void consume(EventEnvelope event) {
        long started = System.nanoTime();
        if (!inbox.firstDelivery(subscription, event)) {
            LOG.fine(event.correlationId(), () -> subscription + " already handled " + event.eventId());
            return;
        }
        LOG.fine(event.correlationId(), () -> subscription + " handles " + event.eventType() + " " + event.eventId());
        handle(event);
        inbox.flush();
        metrics.handled(subscription, event.eventType(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void failed(ConsumerFailure.Delivery delivery, RuntimeException failure) {
        LOG.warning(delivery.correlationId(), () -> subscription + " failed delivery " + delivery.deliveryCount()
                + " of " + delivery.eventType() + " " + delivery.eventId() + ": " + FailureLog.reason(failure));
        metrics.failed(subscription, delivery.eventType());
        try {
            failures.record(subscription, delivery, failure);
        } catch (RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded);
        }
    }
}
