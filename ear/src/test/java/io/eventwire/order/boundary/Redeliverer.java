package io.eventwire.order.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/** Publishes an already stored event again, as a broker redelivery or a replaying producer would. */
@Stateless
public class Redeliverer {

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    public void publishAgain(EventEnvelope event, String topic) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("eventType", event.eventType()).setProperty("eventId", event.eventId())
                    .setJMSCorrelationID(event.correlationId())
                    .send(jms.createTopic(topic), EventJson.toJson(event));
        }
    }
}
