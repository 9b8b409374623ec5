package io.eventwire.messaging.control;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.XAConnectionFactory;
import jakarta.jms.XAJMSContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * One broker session of a subscription, in a loop: begin a transaction with the database and the session in it, wait
 * for a message (none: roll the empty transaction back), take up to {@link Deliveries#BATCH} messages, let the
 * consumer lock ahead and handle each (the events it publishes go through this session, {@link DeliveryChannel}),
 * commit. A message that fails
 * rolls its whole batch back; the session then takes one message per transaction for a batch's worth, so the
 * failure is counted against that message alone and the others go through. Any failure of the broker, or of a
 * commit, closes the connection and opens a new one a second later.
 */
final class DeliverySession implements Runnable {

    private static final Logger LOG = Logger.getLogger(DeliverySession.class.getName());

    /** How long one transaction waits for a first message; also how soon a session notices a stop. */
    private static final long WAIT_MILLIS = 1000;
    private static final long RECONNECT_MILLIS = 1000;
    /** Longer than a transaction may run (30 s, transaction-service timeout), with a first wait before it. */
    private static final long STOP_SECONDS = 35;

    private final EventConsumer consumer;
    private final String name;
    private final XAConnectionFactory factory;
    private final DatabaseBranch database;
    private final TransactionManager transactions;
    private final BooleanSupplier deployed;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private boolean failing;
    /** Transactions left that take one message each, after a batch failed. */
    private int alone;

    DeliverySession(EventConsumer consumer, int index, XAConnectionFactory factory, DatabaseBranch database,
                TransactionManager transactions, BooleanSupplier deployed) {
        this.consumer = consumer;
        this.name = consumer.queue() + " session " + index;
        this.factory = factory;
        this.database = database;
        this.transactions = transactions;
        this.deployed = deployed;
    }

    @Override
    public void run() {
        try {
            while (running) {
                try (XAJMSContext session = factory.createXAContext()) {
                    JMSContext context = session.getContext();
                    JMSConsumer receiver = context.createConsumer(context.createQueue(consumer.address()));
                    XAResource branch = new OwnBranch(session.getXAResource());
                    while (running) {
                        deliver(branch, context, receiver);
                    }
                } catch (Exception e) {
                    disconnected(e);
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    void stop() {
        running = false;
    }

    void awaitStopped() {
        try {
            if (!stopped.await(STOP_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning(name + " did not stop within " + STOP_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(XAResource resource, JMSContext session, JMSConsumer receiver) throws Exception {
        if (!deployed.getAsBoolean()) {
            running = false;
            return;
        }
        disassociate();
        transactions.begin();
        try {
            database.enlist();
            transactions.getTransaction().enlistResource(resource);
            DeliveryChannel.open(session);
            Message first = receiver.receive(WAIT_MILLIS);
            if (first == null) {
                // Nothing was taken: a rollback ends the wait without a two-phase commit of two empty branches,
                // which an idle system would otherwise run every second per subscription.
                transactions.rollback();
            } else if (handled(first, receiver)) {
                transactions.commit();
                if (alone > 0) {
                    alone--;
                }
            } else {
                transactions.rollback();
                return;
            }
            if (failing) {
                failing = false;
                LOG.info(name + " delivers again");
            }
        } catch (Exception | Error e) {
            disassociate();
            throw e;
        } finally {
            DeliveryChannel.close();
        }
    }

    /** False when a message failed: the consumer has recorded and logged why (QueueConsumer). */
    private boolean handled(Message first, JMSConsumer receiver) {
        int limit = alone > 0 ? 1 : Deliveries.BATCH;
        List<Message> batch = new ArrayList<>(List.of(first));
        for (Message next; batch.size() < limit && (next = receiver.receiveNoWait()) != null; ) {
            batch.add(next);
        }
        try {
            if (batch.size() > 1) { // one message locks its own rows in order already
                consumer.lockAhead(batch);
            }
            batch.forEach(consumer::onMessage);
            return true;
        } catch (RuntimeException failed) {
            alone = Deliveries.BATCH;
            return false;
        }
    }

    /**
     * A transaction Payara could not complete can stay on its thread, and every later begin would fail ("nested
     * transactions not supported"): roll it back, or at least take it off the thread.
     */
    private void disassociate() throws SystemException {
        if (transactions.getStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        try {
            transactions.rollback();
        } catch (IllegalStateException | SystemException e) {
            transactions.suspend();
        }
    }

    private void disconnected(Exception cause) {
        if (!running || !deployed.getAsBoolean()) {
            running = false;
            return;
        }
        LOG.log(failing ? Level.FINE : Level.WARNING, name + " lost its connection or transaction; connecting again every "
                + RECONNECT_MILLIS + " ms: " + cause);
        failing = true;
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
