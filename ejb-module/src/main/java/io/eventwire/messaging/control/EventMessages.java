package io.eventwire.messaging.control;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.MalformedEventException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** Reads the event a JMS message carries. */
public final class EventMessages {

    private EventMessages() {
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
}
