package io.eventwire.messaging.control;

import jakarta.jms.JMSContext;

/**
 * The broker session of the delivery this thread is handling, for the events the delivery publishes: sent through
 * it, they are in the branch that acknowledges the delivered messages, one broker branch per transaction instead of
 * a second one from the adapter's pool (src/docs/messaging.md). Open only inside a {@link DeliverySession}'s
 * transaction, which enlists the database before this session: Payara commits branches in the order they joined,
 * so no event is visible on the broker before the rows it follows from.
 */
public final class DeliveryChannel {

    private static final ThreadLocal<JMSContext> CURRENT = new ThreadLocal<>();

    private DeliveryChannel() {
    }

    /** The session of the delivery on this thread; null outside a delivery (requests, timers, the legacy MDB). */
    public static JMSContext current() {
        return CURRENT.get();
    }

    static void open(JMSContext session) {
        CURRENT.set(session);
    }

    static void close() {
        CURRENT.remove();
    }
}
