package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * What every subscription's MDB does with a message: read the event (an unreadable one throws, so it is
 * redelivered and ends in the DLQ), let each event through once, and hand it to the service.
 */
public abstract class EventConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());

    @Inject
    Inbox inbox;

    private final String subscription;

    /** @param subscription the queue this MDB consumes, {@code <service>.<topic>} (META-INF/ejb-jar.xml) */
    protected EventConsumer(String subscription) {
        this.subscription = subscription;
    }

    /** Handles one event, in the transaction that also records it as processed. */
    protected abstract void handle(EventEnvelope event);

    @Override
    public void onMessage(Message message) {
        EventEnvelope event = EventMessages.read(message);
        if (!inbox.firstDelivery(subscription, event)) {
            LOG.fine(() -> "[" + event.correlationId() + "] " + subscription + " already handled " + event.eventId());
            return;
        }
        LOG.fine(() -> "[" + event.correlationId() + "] " + subscription + " handles " + event.eventType());
        handle(event);
    }
}
