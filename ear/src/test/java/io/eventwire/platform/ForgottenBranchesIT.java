package io.eventwire.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Broker;
import io.eventwire.BrokerManagement;
import io.eventwire.Eventually;
import io.eventwire.Http;
import jakarta.jms.TextMessage;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.xa.PGXADataSource;

/**
 * Branches of this server's transactions that it has forgotten (src/docs/reliability.md#forgotten-branches), made
 * here by hand in its name: a prepared database branch means the state change is intact, so it is committed, with
 * whatever of its transaction is still prepared in the broker; broker branches alone are rolled back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgottenBranchesIT {

    /** Two ticks of TransactionRecovery, 15 s apart, and the time to run them. */
    private static final Duration RESOLVED = Duration.ofSeconds(60);
    private static final String QUEUE = "test.forgotten";

    @ArquillianResource
    URL base;

    @Test
    void aDatabaseBranchAloneIsCommitted() throws Exception {
        Http http = new Http(base);
        String sku = "F-" + UUID.randomUUID().toString().substring(0, 8);
        prepareStock(branch(serverName(http), 1), sku);

        Eventually.await(sku + ", stocked by the forgotten branch, to be committed", RESOLVED,
                () -> http.get("/api/inventory/" + sku, "client").statusCode(), status -> status == 200);
        assertEquals(0L, PreparedTransactions.inDatabase(http));
    }

    @Test
    void aDatabaseBranchIsCommittedWithItsBrokerBranch() throws Exception {
        Http http = new Http(base);
        String sku = "F-" + UUID.randomUUID().toString().substring(0, 8);
        String server = serverName(http);
        byte[] transaction = randomTransaction();
        prepareStock(new Branch(transaction, qualifier(server, 1)), sku);
        prepareMessage(new Branch(transaction, qualifier(server, 2)), sku);

        Eventually.await(sku + ", stocked by the forgotten database branch, to be committed", RESOLVED,
                () -> http.get("/api/inventory/" + sku, "client").statusCode(), status -> status == 200);
        Eventually.await("the broker branch to be committed too", RESOLVED, () -> forgottenMessages(sku),
                messages -> messages == 1);
        assertEquals(List.of(0L, 0L), List.of(PreparedTransactions.inDatabase(http), PreparedTransactions.inBroker()));
    }

    @Test
    void aBrokerBranchAloneIsRolledBack() throws Exception {
        Http http = new Http(base);
        String sku = "F-" + UUID.randomUUID().toString().substring(0, 8);
        prepareMessage(branch(serverName(http), 1), sku);

        Eventually.await("the broker branch to be rolled back", RESOLVED, PreparedTransactions::inBroker,
                prepared -> prepared == 0);
        assertEquals(0, forgottenMessages(sku), "its message was discarded");
    }

    /** Inserts a stock row in a database branch and leaves it prepared. */
    private static void prepareStock(Xid branch, String sku) throws Exception {
        PGXADataSource database = new PGXADataSource();
        database.setURL(System.getProperty("eventwire.db.url"));
        database.setUser(System.getProperty("eventwire.db.user"));
        database.setPassword(System.getProperty("eventwire.db.password"));
        javax.sql.XAConnection xa = database.getXAConnection();
        try {
            XAResource resource = xa.getXAResource();
            resource.start(branch, XAResource.TMNOFLAGS);
            try (Connection connection = xa.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO stock (sku, available, reserved, price) VALUES (?, 7, 0, 1.00)")) {
                insert.setString(1, sku);
                insert.executeUpdate();
            }
            resource.end(branch, XAResource.TMSUCCESS);
            resource.prepare(branch);
        } finally {
            xa.close();
        }
    }

    /** Sends a message naming the SKU in a broker branch and leaves it prepared. */
    private static void prepareMessage(Xid branch, String sku) throws Exception {
        try (XAConnection connection = new ActiveMQXAConnectionFactory(Broker.url(), "admin", "admin")
                .createXAConnection();
             XASession session = connection.createXASession()) {
            XAResource resource = session.getXAResource();
            resource.start(branch, XAResource.TMNOFLAGS);
            TextMessage message = session.createTextMessage("forgotten");
            message.setStringProperty("sku", sku);
            session.createProducer(session.createQueue(QUEUE)).send(message);
            resource.end(branch, XAResource.TMSUCCESS);
            resource.prepare(branch);
        }
    }

    /** Takes the committed messages of one test off its queue; returns how many there were. */
    private static int forgottenMessages(String sku) {
        return BrokerManagement.removeMessages(QUEUE, "sku = '" + sku + "'");
    }

    private static String serverName(Http http) {
        return http.get(InDoubt.PATH + "?" + InDoubt.SERVER_NAME, null).body().trim();
    }

    private static Branch branch(String server, int number) {
        return new Branch(randomTransaction(), qualifier(server, number));
    }

    private static byte[] randomTransaction() {
        UUID id = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    /** Payara tells its own branches by a qualifier that begins with its server name. */
    private static byte[] qualifier(String server, int number) {
        return (server + "_forgotten_" + number).getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Branch(byte[] transaction, byte[] qualifier) implements Xid {

        @Override
        public int getFormatId() {
            return 0x4657; // any: Payara matches the global id and the qualifier
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return transaction.clone();
        }

        @Override
        public byte[] getBranchQualifier() {
            return qualifier.clone();
        }
    }
}
