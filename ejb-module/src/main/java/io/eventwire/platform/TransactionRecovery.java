package io.eventwire.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.Vector;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * Resolves, while the server runs, the branches that Payara's transaction service leaves prepared in the broker
 * or the database until its next start (src/docs/reliability.md), every 15 s:
 * <ul>
 * <li>a commit or rollback that failed because the broker or the database connection was gone when it was sent:
 * Payara keeps the decision in its log and in memory but retries it only at start-up. This sends the decisions
 * again to every XA pool (what {@code asadmin recover-transactions server} does); a resource still down is tried
 * at the next tick. Payara's own periodic option (transaction-service property pending-txn-cleanup-interval)
 * retries only when more transactions failed since its last attempt, which leaves them prepared once failures
 * stop.</li>
 * <li>a branch that the server has forgotten: a prepared branch of this server whose transaction it neither runs
 * nor has to finish — once seen so on two consecutive ticks, and only after start-up recovery has read the log
 * and finished what it found there (never with automatic recovery off). Nobody can read its decision any more
 * (src/docs/reliability.md#forgotten-branches): Payara takes a failed rollback or commit for done, and start-up
 * recovery completes a logged commit on the resources that answered it. So the transaction is resolved by what
 * is left of it: if its database branch is prepared, its state change is intact, and every branch still prepared
 * is committed with it; if not, the state change is gone or already committed, and the broker's branches are
 * rolled back. The database is the record: a state change committed without its messages is made good by the
 * redrive (the stored events are published again, the Inboxes refuse what they handled), whereas a message
 * committed without its state change (a "phantom" order, charged twice) can be taken back by no one.</li>
 * </ul>
 * Payara's recovery connections, new ones each time, are opened only for that work: a tick first looks at what is
 * prepared through {@link PreparedBranches}, and finds only branches of transactions under way on a sound system.
 * Its first tick waits for {@link StartupRecovery}: the decisions it sends again are those of the log Payara's start-up
 * recovery has read.
 */
@Singleton
@DependsOn("StartupRecovery")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransactionRecovery {

    private static final Logger LOG = Logger.getLogger(TransactionRecovery.class.getName());

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    /** The broker as the deliveries reach it (jms-config): the look for prepared branches needs no pool of its own. */
    @Resource(lookup = "jms/eventwire-deliveries")
    Properties broker;

    private PreparedBranches prepared;
    private final AtomicBoolean recovering = new AtomicBoolean();
    /** Transactions with forgotten branches at the previous tick, by {@link #transactionOf(Xid)}. */
    private Set<String> forgotten = Set.of();

    @PostConstruct
    void open() {
        prepared = new PreparedBranches(database, broker);
    }

    @PreDestroy
    void close() {
        prepared.close();
    }

    /** Half a tick after the redrive's (Redrive.tick): their reads do not fall on the saga at the same moment. */
    @Schedule(hour = "*", minute = "*", second = "7/15", persistent = false)
    void recover() {
        if (!recovering.compareAndSet(false, true)) {
            return; // the previous round still waits for a resource
        }
        try {
            PayaraTransactionService payara = PayaraTransactionService.locate();
            boolean resend = payara.incompleteTransactions() > 0;
            boolean resolve = payara.startupRecoveryDone() && !allKnown(payara);
            if (!resolve) {
                forgotten = Set.of();
            }
            if (!resend && !resolve) {
                return; // nothing to do with Payara's recovery connections: they are not opened
            }
            List<XAResource> resources = new ArrayList<>();
            Map<Object, Vector<?>> connections = payara.open(resources);
            try {
                if (resend) {
                    payara.resendDecisions(resources);
                }
                if (resolve) {
                    resolveForgottenBranches(payara, resources);
                }
            } finally {
                payara.close(connections);
            }
        } catch (InvocationTargetException e) {
            LOG.log(Level.WARNING, "transaction recovery failed; next try in 15 s", e.getCause());
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.SEVERE, "Payara's transaction recovery service is not available", e);
        } catch (RuntimeException e) {
            // A callback that fails twice makes Payara expunge the timer (EJB5119): recovery would stop for good.
            LOG.log(Level.WARNING, "transaction recovery failed; next try in 15 s", e);
        } finally {
            recovering.set(false);
        }
    }

    /**
     * Whether every branch prepared in the database and the broker is one the server knows (false: unreadable). A
     * transaction that ends between the look at the prepared branches and the question to the server is known to
     * neither by then, so a transaction counts only if the server does not know it at a second look either. Without
     * that, 3 of the 43 ticks of a 100,000-order run opened Payara's recovery connections for nothing, and the orders
     * of the next 3 s were the run's slowest (src/docs/performance.md, "Current figures").
     */
    private boolean allKnown(PayaraTransactionService payara) throws ReflectiveOperationException {
        Optional<Set<String>> unknown = unknownTransactions(payara);
        if (unknown.isEmpty() || unknown.get().isEmpty()) {
            return unknown.isPresent();
        }
        Optional<Set<String>> still = unknownTransactions(payara);
        boolean settled = still.isPresent() && Collections.disjoint(unknown.get(), still.get());
        LOG.fine(() -> unknown.get().size() + " transactions with branches the server did not know at a first look; "
                + (settled ? "none of them at a second" : "still so at a second: recovery connections opened"));
        return settled;
    }

    /** The transactions with a prepared branch of this server that it does not know; none if unreadable. */
    private Optional<Set<String>> unknownTransactions(PayaraTransactionService payara)
            throws ReflectiveOperationException {
        Optional<List<Xid>> branches = prepared.all();
        if (branches.isEmpty()) {
            return Optional.empty();
        }
        String server = payara.serverName();
        Set<String> unknown = new HashSet<>();
        for (Xid branch : branches.get()) {
            if (unknown(payara, server, branch)) {
                unknown.add(transactionOf(branch));
            }
        }
        return Optional.of(unknown);
    }

    /** A branch of this server's (Payara's own test, RecoveryManager.recoverIncompleteTx) that it does not know. */
    private static boolean unknown(PayaraTransactionService payara, String server, Xid branch)
            throws ReflectiveOperationException {
        return new String(branch.getBranchQualifier(), StandardCharsets.ISO_8859_1).startsWith(server)
                && !payara.knows(branch);
    }

    private void resolveForgottenBranches(PayaraTransactionService payara, List<XAResource> resources)
            throws ReflectiveOperationException {
        String server = payara.serverName();
        Map<String, Map<Xid, XAResource>> branches = new HashMap<>();
        for (XAResource resource : resources) {
            for (Xid branch : inDoubt(resource)) {
                if (unknown(payara, server, branch)) {
                    branches.computeIfAbsent(transactionOf(branch), transaction -> new HashMap<>())
                            .put(branch, resource);
                }
            }
        }
        branches.forEach((transaction, prepared) -> {
            if (forgotten.contains(transaction)) {
                boolean stateIntact = prepared.values().stream().anyMatch(TransactionRecovery::isDatabase);
                prepared.forEach((branch, resource) -> resolve(branch, resource, stateIntact));
            }
        });
        forgotten = branches.keySet();
    }

    /** A branch of a JDBC pool (Payara's JDBC connector wraps the driver's XAResource); the rest is the broker. */
    private static boolean isDatabase(XAResource resource) {
        return resource.getClass().getName().startsWith("com.sun.gjc.");
    }

    /**
     * The resource's prepared branches; none while it cannot be asked. A broker that does not answer hides branches
     * that would have been committed with their database branch; seen alone once it answers, they are rolled back,
     * and the redrive publishes what their messages carried.
     */
    private static Xid[] inDoubt(XAResource resource) {
        try {
            Xid[] branches = resource.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN);
            return branches == null ? new Xid[0] : branches;
        } catch (XAException | RuntimeException unreachable) {
            return new Xid[0]; // tried again at the next tick
        }
    }

    /** Commits the branch if its transaction's database branch is prepared, rolls it back otherwise. */
    private static void resolve(Xid branch, XAResource resource, boolean stateIntact) {
        String done = stateIntact ? "committed" : "rolled back";
        try {
            if (stateIntact) {
                resource.commit(branch, false);
            } else {
                resource.rollback(branch);
            }
            LOG.warning(() -> done + " a prepared branch of transaction " + transactionOf(branch)
                    + " that the server had forgotten, with " + (stateIntact ? "its" : "no")
                    + " database branch prepared");
        } catch (XAException e) {
            LOG.log(Level.WARNING, "could not resolve the forgotten branch of transaction " + transactionOf(branch)
                    + " (" + done + " wanted; XA error " + e.errorCode + "); next try in 15 s", e);
        }
    }

    private static String transactionOf(Xid branch) {
        byte[] global = branch.getGlobalTransactionId();
        return Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(4 + global.length).putInt(branch.getFormatId()).put(global).array());
    }
}
