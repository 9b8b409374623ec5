package io.eventwire.messaging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.eventwire.Broker;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message no consumer of the orders topic can process is redelivered with backoff, then kept in the DLQ: nothing is
 * lost. A message whose deliveries are lost without a failure of ours (a session killed under it) is never dead-lettered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventConsumerIT {

    private static final Set<String> SUBSCRIBERS_OF_ORDERS =
            new TreeSet<>(Set.of("inventory.orders", "legacy.orders", "notification.orders"));

    @Test
    void aPoisonMessageEndsInTheDlqWithItsBodyAndOrigin() throws Exception {
        String marker = UUID.randomUUID().toString();
        String poison = "{\"eventType\":\"OrderPlaced\",\"not\":\"an envelope\",\"marker\":\"" + marker + "\"}";

        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setProperty("marker", marker).send(jms.createTopic("orders"), poison);

            Set<String> deadIn = new TreeSet<>();
            try (JMSConsumer dlq = jms.createConsumer(jms.createQueue("DLQ"), "marker = '" + marker + "'")) {
                for (int copy = 0; copy < SUBSCRIBERS_OF_ORDERS.size(); copy++) {
                    Message dead = dlq.receive(60_000);
                    assertEquals(poison, ((TextMessage) dead).getText(), "the body is kept unchanged");
                    deadIn.add(dead.getStringProperty("_AMQ_ORIG_QUEUE"));
                }
            }
            assertEquals(SUBSCRIBERS_OF_ORDERS, deadIn, "each subscription of the topic dead-letters its copy");
        }
    }

    /**
     * To the broker, a delivery rolled back by a plain client is what a delivery to a killed session is: a cancelled
     * delivery that counts. On the addresses our consumers read it never dead-letters for that, as it did after five.
     */
    @Test
    void deliveriesLostWithoutAFailureOfOursNeverDeadLetterAMessage() throws Exception {
        String marker = UUID.randomUUID().toString();
        String subscription = "lost-deliveries-" + marker;
        try (JMSContext jms = Broker.as("admin").createContext(JMSContext.SESSION_TRANSACTED)) {
            try (JMSConsumer session = jms.createSharedDurableConsumer(jms.createTopic("orders"), subscription,
                    "marker = '" + marker + "'")) {
                jms.createProducer().setProperty("marker", marker)
                        .send(jms.createTopic("orders::" + subscription), "lost again and again");
                jms.commit();
                for (int delivery = 1; delivery <= QueueConsumer.FAILURES_BEFORE_DEAD_LETTER; delivery++) {
                    Message lost = session.receive(30_000);
                    assertEquals(delivery, lost.getIntProperty("JMSXDeliveryCount"));
                    jms.rollback();
                }
                Message kept = session.receive(30_000);
                assertNotNull(kept, "still on its queue after " + QueueConsumer.FAILURES_BEFORE_DEAD_LETTER + " lost deliveries");
                assertEquals("lost again and again", kept.getBody(String.class));
                jms.commit();
            } finally {
                jms.unsubscribe(subscription);
            }
        }
    }
}
