package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.MalformedEventException;
import io.eventwire.events.Topic;
import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What every subscription's consumer does with a message: read the event (an unreadable one throws, so it fails
 * until it is moved to the DLQ), drop one its transaction did not store ({@link Provenance}), let each event
 * through once, and hand it to the service. {@link Deliveries} feeds it.
 */
public abstract class EventConsumer extends QueueConsumer {

    private static final CorrelatedLog LOG = CorrelatedLog.of(EventConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    Provenance provenance;

    private final Topic topic;

    /** @param subscription the queue this bean consumes on the topic's address, {@code <service>.<topic>} (broker.xml) */
    protected EventConsumer(Topic topic, String subscription) {
        super(subscription);
        this.topic = topic;
    }

    /** The subscription's queue by its fully qualified name, {@code orders::inventory.orders}. */
    public String address() {
        return topic.address() + "::" + queue();
    }

    /**
     * Called with a batch's messages before any of them is handled, in the batch's transaction. A consumer whose
     * events lock rows that other orders' events lock too takes the rows of the whole batch here, in one order for
     * every batch, so that two batches at once never wait for each other in a cycle (Stockroom).
     */
    public void lockAhead(List<Message> batch) {
    }

    /** The events of a batch that can be read; the others fail in their own delivery. */
    protected static List<EventEnvelope> readable(List<Message> batch) {
        List<EventEnvelope> events = new ArrayList<>();
        for (Message message : batch) {
            try {
                events.add(EventMessages.read(message));
            } catch (MalformedEventException unreadable) {
                // handled, and failed on, as its own delivery
            }
        }
        return events;
    }

    /** Handles one event, in the transaction that also records it as processed. */
    protected abstract void handle(EventEnvelope event);

    @Override
    protected void consume(Message message) {
        EventEnvelope event = EventMessages.read(message);
        long started = System.nanoTime();
        Inbox.Claim claim = inbox.claim(queue(), event, EventMessages.redrive(message));
        if (claim == Inbox.Claim.TAKEN) {
            LOG.fine(event.correlationId(), () -> queue() + " already handled " + event.eventId());
            return;
        }
        if (claim == Inbox.Claim.UNSTORED) {
            if (!provenance.storedAfterAll(event)) {
                LOG.warning(event.correlationId(), () -> queue() + " dropped " + event.eventType() + " "
                        + event.eventId() + ": its transaction did not store it (a phantom left by a crash)");
                metrics.phantom(queue(), event.eventType());
                return;
            }
            inbox.clearPhantom(queue(), event);
        }
        LOG.fine(event.correlationId(), () -> queue() + " handles " + event.eventType() + " " + event.eventId());
        handle(event);
        inbox.flush();
        metrics.handled(queue(), event.eventType(), Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    protected ConsumerFailure.Delivery describe(Message message, String key, int deliveryCount) throws JMSException {
        return EventMessages.delivery(message, key, deliveryCount);
    }
}
