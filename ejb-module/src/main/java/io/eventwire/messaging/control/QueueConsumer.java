package io.eventwire.messaging.control;

import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * What every consumer (an {@link EventConsumer}, or the legacy records' MDB) does with a message from its queue: hand
 * it over, record each failure in a transaction of its own, and move a message to the DLQ once its consumer failed on
 * it {@link #FAILURES_BEFORE_DEAD_LETTER} times.
 * The broker itself never dead-letters our queues (max-delivery-attempts -1 in broker.xml): it counts deliveries,
 * and deliveries lost to a killed session, a restarted broker or a crashed server say nothing about the message.
 * Failures of the infrastructure under a delivery are recorded but do not count ({@link Infrastructure}).
 */
public abstract class QueueConsumer implements MessageListener {

    /** Failures of its own after which the next delivery moves a message to the DLQ instead of handling it. */
    public static final int FAILURES_BEFORE_DEAD_LETTER = 5;

    private static final CorrelatedLog LOG = CorrelatedLog.of(QueueConsumer.class);

    @Inject
    FailureLog failures;

    @Inject
    DeadLettering deadLettering;

    @Inject
    ConsumerMetrics metrics;

    private final String queue;

    /** @param queue the queue this consumer reads: a subscription {@code <service>.<topic>} or an anycast queue */
    protected QueueConsumer(String queue) {
        this.queue = queue;
    }

    /** Handles one message in the delivery's transaction; throwing rolls it back for a redelivery. */
    protected abstract void consume(Message message);

    /** What names the message in the failure log, from its body when it can be read, else from its headers. */
    protected abstract ConsumerFailure.Delivery describe(Message message, String key, int deliveryCount) throws JMSException;

    /** Public, so that a client proxy of a consumer bean answers with its bean's queue. */
    public String queue() {
        return queue;
    }

    @Override
    public void onMessage(Message message) {
        try {
            if (!buriedAfterItsFailures(message)) {
                consume(message);
            }
        } catch (RuntimeException e) {
            failed(message, e);
            throw e;
        }
    }

    /** A first delivery has no failures yet: only a redelivery costs the lookup. */
    private boolean buriedAfterItsFailures(Message message) {
        if (deliveryCount(message) <= 1) {
            return false;
        }
        String key = DeadLettering.keyOf(message);
        long failed = failures.counted(queue, key);
        if (failed < FAILURES_BEFORE_DEAD_LETTER) {
            return false;
        }
        deadLettering.bury(message, queue);
        LOG.warning(correlationId(message), () -> queue + " moved " + key + " to the DLQ after " + failed
                + " failed deliveries of its own");
        return true;
    }

    private void failed(Message message, RuntimeException failure) {
        try {
            ConsumerFailure.Delivery delivery = describe(message, DeadLettering.keyOf(message), deliveryCount(message));
            boolean counts = !Infrastructure.isBehind(failure);
            LOG.warning(delivery.correlationId(), () -> queue + " failed delivery " + delivery.deliveryCount()
                    + " of " + delivery.eventType() + " " + delivery.eventId() + ": " + FailureLog.reason(failure)
                    + (counts ? "" : " (infrastructure: does not count towards the DLQ)"));
            metrics.failed(queue, delivery.eventType());
            failures.record(queue, delivery, failure, counts);
        } catch (RuntimeException | JMSException unrecorded) {
            failure.addSuppressed(unrecorded);
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            throw new IllegalStateException("cannot read the delivery count", e);
        }
    }

    private static String correlationId(Message message) {
        try {
            return message.getJMSCorrelationID();
        } catch (JMSException e) {
            return null;
        }
    }
}
