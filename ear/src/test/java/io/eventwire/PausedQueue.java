package io.eventwire;

import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * Holds back one queue's messages, through the broker's management address, until closed: what arrives at the
 * other queues in the meantime arrives first. The way to make events reach their consumers in a chosen order.
 * Pausing changes the broker, which only its administrator may do.
 */
public final class PausedQueue implements AutoCloseable {

    private final String queue;

    private PausedQueue(String queue) {
        this.queue = queue;
    }

    public static PausedQueue pause(String queue) {
        invoke(queue, "pause");
        return new PausedQueue(queue);
    }

    /** Removes the held-back messages that match a filter, as a lost delivery would; returns how many. */
    public int lose(String filter) {
        return BrokerManagement.removeMessages(queue, filter);
    }

    @Override
    public void close() {
        invoke(queue, "resume");
    }

    private static void invoke(String queue, String operation) {
        BrokerManagement.Reply reply = BrokerManagement.invoke("admin", ResourceNames.QUEUE + queue, operation);
        if (!reply.succeeded()) {
            throw new AssertionError(operation + " of " + queue + " failed: " + reply.result());
        }
    }
}
