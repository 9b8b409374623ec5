package io.eventwire.messaging.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;

/**
 * Feeds every subscription's {@link EventConsumer} from the broker, up to {@link #BATCH} messages in one XA
 * transaction with the database: the work the container does for a transaction (its two-phase commit, the broker's
 * and PostgreSQL's prepare and commit, the transaction log) is shared by the messages of a batch instead of being
 * spent on each, as a message-driven bean would (src/docs/performance.md). Atomic as before: a message is
 * acknowledged in the transaction that stores what it caused, or comes again.
 *
 * <p>Its own broker connection (resource {@code jms/eventwire-deliveries}, jms-config), since the resource adapter
 * delivers one message per transaction; the sessions' branches are the broker's, so Payara's recovery through the
 * adapter resolves them like the adapter's own (src/docs/reliability.md).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "StartupRecovery"})
@TransactionManagement(TransactionManagementType.BEAN)
public class Deliveries {

    /** Messages one transaction takes at most. */
    static final int BATCH = 25;

    /**
     * Sessions per subscription, each running one transaction at a time. One: what arrives while it commits is the
     * next batch, so a busy subscription spends fewer transactions than two sessions committing side by side, and
     * no message waits in the buffer of a committing session while another idles (src/docs/performance.md).
     */
    static final int SESSIONS = 1;

    /** Payara's transaction manager: enlisting a resource of our own needs it, and Jakarta EE names none. */
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

    @Resource(lookup = "jms/eventwire-deliveries")
    Properties broker;

    @Inject
    DatabaseBranch database;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Subscriptions subscriptions;

    /**
     * Open while the application is deployed. A deployment that fails after this bean started (Payara's "web
     * container has not yet been started" at server start, which `start` answers by deploying again) unloads the
     * application without calling {@link #stop}; its sessions see the persistence unit closed and end.
     */
    @PersistenceUnit
    EntityManagerFactory application;

    private final List<DeliverySession> sessions = new ArrayList<>();
    private ActiveMQXAConnectionFactory factory;

    @PostConstruct
    void start() {
        TransactionManager transactions = transactionManager();
        factory = new ActiveMQXAConnectionFactory(broker.getProperty("url"), broker.getProperty("user"),
                broker.getProperty("password"));
        for (EventConsumer consumer : subscriptions.consumers()) {
            for (int i = 0; i < SESSIONS; i++) {
                DeliverySession session = new DeliverySession(consumer, i, factory, database, transactions,
                        this::deployed);
                sessions.add(session);
                Thread thread = threads.newThread(session);
                thread.setName("deliveries " + consumer.queue() + " " + i);
                thread.start();
            }
        }
    }

    /** Lets every transaction under way end, so that a redeployment or a stop never cuts one short. */
    @PreDestroy
    void stop() {
        sessions.forEach(DeliverySession::stop);
        sessions.forEach(DeliverySession::awaitStopped);
        factory.close();
    }

    private boolean deployed() {
        try {
            return application.isOpen();
        } catch (RuntimeException unloaded) {
            return false;
        }
    }

    private static TransactionManager transactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup(TRANSACTION_MANAGER);
        } catch (NamingException e) {
            throw new IllegalStateException("no transaction manager at " + TRANSACTION_MANAGER, e);
        }
    }
}
