package io.eventwire.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes transactions whose decision is known but did not reach every resource: a commit or rollback that
 * failed because the broker or the database connection was gone when it was sent. Payara keeps such a
 * transaction in its log and in memory, but retries it only at its next start, so the branch would stay
 * prepared in the resource meanwhile, holding messages, acknowledgements and row locks. Every 15 s this asks
 * Payara's transaction service to send the logged decisions again to every XA pool (what
 * {@code asadmin recover-transactions server} does); a resource that is still down is tried at the next tick.
 * Payara's own periodic option (transaction-service property pending-txn-cleanup-interval) retries only when
 * more transactions failed since its last attempt, which leaves them prepared once the failures stop.
 * <p>
 * Payara offers this only as an internal service, reached by name: its transaction API packages are exported
 * to applications, but no public API recovers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransactionRecovery {

    private static final Logger LOG = Logger.getLogger(TransactionRecovery.class.getName());
    private static final String RECOVERY_MANAGER = "com.sun.enterprise.transaction.api.ResourceRecoveryManager";
    private static final String SERVICES = "org.glassfish.internal.api.Globals";

    private final AtomicBoolean recovering = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void resendDecisions() {
        if (!recovering.compareAndSet(false, true)) {
            return; // the previous round still waits for a resource
        }
        try {
            Class<?> manager = Class.forName(RECOVERY_MANAGER);
            Object service = Class.forName(SERVICES).getMethod("get", Class.class).invoke(null, manager);
            manager.getMethod("recoverIncompleteTx", boolean.class, String.class).invoke(service, false, null);
        } catch (InvocationTargetException e) {
            LOG.log(Level.WARNING, "resending transaction decisions failed; next try in 15 s", e.getCause());
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.SEVERE, "Payara's transaction recovery service is not available", e);
        } finally {
            recovering.set(false);
        }
    }
}
