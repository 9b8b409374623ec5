package io.eventwire.events;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/**
 * Sends an event envelope written by hand, as an older producer would have written it, to one subscription's
 * queue by its fully qualified name {@code topic::subscription}: a topic destination, since the queue is multicast.
 */
@Stateless
public class RawPublisher {

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    public void send(String subscriptionQueue, String eventType, String json) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("eventType", eventType).send(jms.createTopic(subscriptionQueue), json);
        }
    }
}
