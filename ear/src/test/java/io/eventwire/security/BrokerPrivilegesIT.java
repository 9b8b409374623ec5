package io.eventwire.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Broker;
import io.eventwire.BrokerManagement;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each broker user has what it uses and no more (CONTRACT §2, src/docs/security.md): the application reads the queue
 * figures its dashboard shows but changes nothing through management and stays off queues it does not use; the
 * legacy user reaches legacy.orders.in and legacy.orders.status only; the bench reads counters and takes no message of
 * the application's; the administrator may do everything.
 */
class BrokerPrivilegesIT {

    /** Matches no message: removing with it changes nothing, whoever is allowed to. */
    private static final String NOTHING = "privilegeCheck = 'never'";

    @Test
    void theApplicationReadsItsDashboardFiguresButChangesNothingThroughManagement() {
        assertTrue(BrokerManagement.invoke("eventwire", ResourceNames.QUEUE + "inventory.orders", "getMessageCount")
                .succeeded(), "the dashboard's queue depth");
        assertTrue(BrokerManagement.invoke("eventwire", ResourceNames.QUEUE + "DLQ", "countMessages",
                "_AMQ_ORIG_QUEUE = 'inventory.orders'").succeeded(), "the dashboard's dead letters per queue");

        BrokerManagement.Reply removal = BrokerManagement.invoke("eventwire", ResourceNames.QUEUE + "DLQ",
                "removeMessages", NOTHING);
        BrokerManagement.Reply listing = BrokerManagement.invoke("eventwire", ResourceNames.QUEUE + "legacy.orders.rejected",
                "listMessages", "");
        BrokerManagement.Reply transactions = BrokerManagement.invoke("eventwire", ResourceNames.BROKER,
                "listPreparedTransactions");

        assertFalse(removal.succeeded(), "removing dead letters through management: " + removal.result());
        assertFalse(listing.succeeded(), "reading the rejected records through management: " + listing.result());
        assertFalse(transactions.succeeded(), "the broker's prepared transactions: " + transactions.result());
        assertTrue(BrokerManagement.invoke("admin", ResourceNames.QUEUE + "DLQ", "removeMessages", NOTHING).succeeded(),
                "the administrator may");
    }

    @Test
    void theApplicationStaysOffQueuesItDoesNotUse() {
        assertRefused("eventwire", jms -> jms.createConsumer(jms.createQueue("legacy.orders.rejected")).receiveNoWait());
        assertRefused("eventwire", jms -> jms.createConsumer(jms.createQueue("ExpiryQueue")).receiveNoWait());
        assertRefused("eventwire", jms -> jms.createProducer().send(jms.createQueue("ExpiryQueue"), "x"));
        assertRefused("eventwire", jms -> jms.createConsumer(jms.createTopic("activemq.notifications")).receiveNoWait());
    }

    @Test
    void theLegacyUserReachesItsTwoQueuesOnly() {
        assertRefused("legacy", jms -> jms.createConsumer(jms.createQueue("legacy.orders.in")).receiveNoWait());
        assertRefused("legacy", jms -> jms.createConsumer(jms.createQueue("legacy.orders.rejected")).receiveNoWait());
        assertRefused("legacy", jms -> jms.createProducer().send(jms.createQueue("legacy.orders.status"), "forged"));
        assertRefused("legacy", jms -> jms.createConsumer(jms.createQueue("DLQ")).receiveNoWait());
        assertThrows(JMSSecurityRuntimeException.class,
                () -> BrokerManagement.invoke("legacy", ResourceNames.QUEUE + "legacy.orders.in", "getMessageCount"));
    }

    @Test
    void theBenchReadsCountersAndTouchesNoMessageOfTheApplication() {
        assertTrue(BrokerManagement.invoke("bench", ResourceNames.QUEUE + "inventory.orders", "getMessagesAdded")
                .succeeded(), "deliveries owed to a subscription");
        assertTrue(BrokerManagement.invoke("bench", ResourceNames.ADDRESS + "orders", "getRoutedMessageCount")
                .succeeded(), "events published to a topic");

        BrokerManagement.Reply removal = BrokerManagement.invoke("bench", ResourceNames.QUEUE + "inventory.orders",
                "removeMessages", NOTHING);
        assertFalse(removal.succeeded(), "removing messages through management: " + removal.result());
        assertRefused("bench", jms -> jms.createConsumer(jms.createQueue("orders::inventory.orders")).receiveNoWait());
        assertRefused("bench", jms -> jms.createConsumer(jms.createTopic("orders")).receiveNoWait());
        assertRefused("bench", jms -> jms.createProducer().send(jms.createTopic("orders"), "forged"));
    }

    private interface Attempt {
        void by(JMSContext jms);
    }

    private static void assertRefused(String user, Attempt attempt) {
        Executable tried = () -> {
            try (JMSContext jms = Broker.as(user).createContext()) {
                attempt.by(jms);
            }
        };
        assertThrows(JMSSecurityRuntimeException.class, tried);
    }
}
