package io.eventwire;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;

/**
 * Requests to the broker's management address as one broker user, each answered on a temporary queue. What a
 * user may ask is the broker's security settings' business (jms-config/src/main/broker/broker.xml).
 */
public final class BrokerManagement {

    private static final long REPLY_MILLIS = 10_000;

    /** The broker's answer: whether the operation ran, and its result (or why it did not run). */
    public record Reply(boolean succeeded, Object result) {
    }

    private BrokerManagement() {
    }

    /** Removes the messages of a queue that match a filter, as its administrator; returns how many. */
    public static int removeMessages(String queue, String filter) {
        Reply reply = invoke("admin", ResourceNames.QUEUE + queue, "removeMessages", filter);
        if (!reply.succeeded()) {
            throw new AssertionError("removing " + filter + " from " + queue + " failed: " + reply.result());
        }
        return ((Number) reply.result()).intValue();
    }

    /** Invokes {@code operation} on a resource, e.g. {@code ResourceNames.QUEUE + "DLQ"}, as {@code user}. */
    public static Reply invoke(String user, String resource, String operation, Object... parameters) {
        try (JMSContext jms = Broker.as(user).createContext()) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            JMSConsumer answers = jms.createConsumer(replies);
            Message request = jms.createMessage();
            JMSManagementHelper.putOperationInvocation(request, resource, operation, parameters);
            jms.createProducer().setJMSReplyTo(replies).send(jms.createQueue("activemq.management"), request);
            Message reply = answers.receive(REPLY_MILLIS);
            if (reply == null) {
                throw new AssertionError("no answer to " + operation + " on " + resource + " within " + REPLY_MILLIS + " ms");
            }
            return new Reply(JMSManagementHelper.hasOperationSucceeded(reply), JMSManagementHelper.getResult(reply));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(operation + " on " + resource + ": unreadable reply", e);
        }
    }
}
