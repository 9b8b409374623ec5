package io.eventwire.platform;

import io.eventwire.BrokerManagement;
import io.eventwire.Http;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/** How many XA transactions are left prepared, in the test database and in the test broker. */
final class PreparedTransactions {

    private PreparedTransactions() {
    }

    /** Counted by the server ({@link InDoubt}), in the application's database. */
    static long inDatabase(Http http) {
        return Long.parseLong(http.get(InDoubt.PATH, null).body().trim());
    }

    /** Asks the broker's management for its prepared XA transactions, as its administrator. */
    static long inBroker() {
        BrokerManagement.Reply reply = BrokerManagement.invoke("admin", ResourceNames.BROKER, "listPreparedTransactions");
        if (!reply.succeeded()) {
            throw new AssertionError("the broker did not list its prepared transactions: " + reply.result());
        }
        return ((Object[]) reply.result()).length;
    }
}
