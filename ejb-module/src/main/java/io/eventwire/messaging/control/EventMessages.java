package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.MalformedEventException;
import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** Reads the event a JMS message carries. */
public final class EventMessages {

    /** Marks a copy of an event the redrive published (replay.control.Redrive): the how-manieth redrive it was. */
    public static final String REDRIVE = "redrive";

    private EventMessages() {
    }

    /** Which redrive published this copy of its event; 0 for any other message. */
    static int redrive(Message message) {
        try {
            return message.propertyExists(REDRIVE) ? message.getIntProperty(REDRIVE) : 0;
        } catch (JMSException | NumberFormatException e) {
            return 0;
        }
    }

    public static EventEnvelope read(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedEventException("expected a TextMessage, got " + message.getClass().getSimpleName());
        }
        try {
            return EventJson.parse(text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read message body", e);
        }
    }

    /** What names a delivery that failed: the event if it can be read, else what the message's headers say. */
    static ConsumerFailure.Delivery delivery(Message message, String key, int deliveryCount) throws JMSException {
        try {
            EventEnvelope event = read(message);
            return new ConsumerFailure.Delivery(message.getJMSMessageID(), key, event.eventId(), event.eventType(),
                    event.correlationId(), deliveryCount);
        } catch (RuntimeException unreadable) {
            return new ConsumerFailure.Delivery(message.getJMSMessageID(), key, message.getStringProperty("eventId"),
                    message.getStringProperty("eventType"), message.getJMSCorrelationID(), deliveryCount);
        }
    }
}
