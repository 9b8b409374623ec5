package io.eventwire.platform;

import jakarta.jms.XAJMSContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;

/**
 * The branches prepared in the database and the broker, read cheaply at every recovery tick: the database's through
 * a pooled connection ({@code pg_prepared_xacts}), the broker's through one connection kept open from tick to tick.
 * Payara's own recovery connections are new ones each time, a database session and a broker connection, and opening
 * them stalled the saga for a moment at every tick under load (src/docs/performance.md); {@link TransactionRecovery}
 * opens them only when this look finds a branch the server does not know, or cannot look.
 */
final class PreparedBranches implements AutoCloseable {

    private static final String DATABASE_BRANCHES =
            "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()";

    private final DataSource database;
    private final Properties broker;
    private ActiveMQXAConnectionFactory factory;
    private XAJMSContext session;

    PreparedBranches(DataSource database, Properties broker) {
        this.database = database;
        this.broker = broker;
    }

    /** Every branch prepared in either resource; none when one of them could not be read. */
    Optional<List<Xid>> all() {
        List<Xid> branches = new ArrayList<>();
        try {
            branches.addAll(inDatabase());
            branches.addAll(List.of(inBroker()));
            return Optional.of(branches);
        } catch (SQLException | XAException | RuntimeException unreadable) {
            close(); // a broker connection that failed is opened again at the next look
            return Optional.empty();
        }
    }

    private List<Xid> inDatabase() throws SQLException {
        List<Xid> branches = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet gids = statement.executeQuery(DATABASE_BRANCHES)) {
            while (gids.next()) {
                Branch branch = Branch.ofDatabase(gids.getString(1));
                if (branch != null) {
                    branches.add(branch);
                }
            }
        }
        return branches;
    }

    private Xid[] inBroker() throws XAException {
        if (session == null) {
            factory = new ActiveMQXAConnectionFactory(broker.getProperty("url"), broker.getProperty("user"),
                    broker.getProperty("password"));
            session = factory.createXAContext();
        }
        Xid[] branches = session.getXAResource().recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN);
        return branches == null ? new Xid[0] : branches;
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                session.close();
            }
        } catch (RuntimeException alreadyGone) {
            // the broker went away with it
        } finally {
            session = null;
            if (factory != null) {
                factory.close();
                factory = null;
            }
        }
    }

    /** A database branch, read back from the name pgjdbc gives it: format id, then global id and qualifier in Base64. */
    private record Branch(int formatId, byte[] globalId, byte[] qualifier) implements Xid {

        static Branch ofDatabase(String gid) {
            String[] parts = gid.split("_");
            try {
                return parts.length != 3 ? null : new Branch(Integer.parseInt(parts[0]),
                        Base64.getDecoder().decode(parts[1]), Base64.getDecoder().decode(parts[2]));
            } catch (IllegalArgumentException notOurs) {
                return null; // prepared by hand or by another client: not a branch of any server's
            }
        }

        @Override
        public int getFormatId() {
            return formatId;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return globalId;
        }

        @Override
        public byte[] getBranchQualifier() {
            return qualifier;
        }
    }
}
