package io.eventwire;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;

/**
 * Holds back one queue's messages, through the broker's management address, until closed: what arrives at the
 * other queues in the meantime arrives first. The way to make events reach their consumers in a chosen order.
 */
public final class PausedQueue implements AutoCloseable {

    private static final long REPLY_MILLIS = 10_000;

    private final String queue;

    private PausedQueue(String queue) {
        this.queue = queue;
    }

    public static PausedQueue pause(String queue) {
        invoke(queue, "pause");
        return new PausedQueue(queue);
    }

    @Override
    public void close() {
        invoke(queue, "resume");
    }

    private static void invoke(String queue, String operation) {
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            JMSConsumer answers = jms.createConsumer(replies);
            Message request = jms.createMessage();
            JMSManagementHelper.putOperationInvocation(request, ResourceNames.QUEUE + queue, operation);
            jms.createProducer().setJMSReplyTo(replies).send(jms.createQueue("activemq.management"), request);
            Message reply = answers.receive(REPLY_MILLIS);
            if (reply == null || !JMSManagementHelper.hasOperationSucceeded(reply)) {
                throw new AssertionError(operation + " of " + queue + " failed: " + reply);
            }
        } catch (JMSException e) {
            throw new AssertionError(operation + " of " + queue, e);
        }
    }
}
