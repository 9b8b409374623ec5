package io.eventwire.platform;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * The parts of Payara's transaction service (its JTS, {@code appserver/transaction/jts}) that recovery needs
 * at start-up and while the server runs. Payara offers them only as internal classes, so they are reached by name,
 * as read in Payara 6's sources: the transaction manager and its log, the recovery connections to every XA pool,
 * the transactions whose decision did not reach every resource ("incomplete"), and the transactions the server
 * knows, running or recovered from its log.
 */
final class PayaraTransactionService {

    private static final String RECOVERY_SERVICE = "com.sun.enterprise.transaction.api.ResourceRecoveryManager";
    private static final String SERVICES = "org.glassfish.internal.api.Globals";
    private static final String JTS = "com.sun.jts.CosTransactions.";

    private final Object recoveryService;
    private final Class<?> recoveryManager;
    private final Class<?> configuration;
    private final Class<?> globalTid;
    private final Class<?> otid;

    private PayaraTransactionService(Object recoveryService) throws ReflectiveOperationException {
        this.recoveryService = recoveryService;
        ClassLoader jts = recoveryService.getClass().getClassLoader();
        recoveryManager = jts.loadClass(JTS + "RecoveryManager");
        configuration = jts.loadClass(JTS + "Configuration");
        globalTid = jts.loadClass(JTS + "GlobalTID");
        otid = jts.loadClass("org.omg.CosTransactions.otid_t");
    }

    static PayaraTransactionService locate() throws ReflectiveOperationException {
        Class<?> contract = Class.forName(RECOVERY_SERVICE);
        return new PayaraTransactionService(Class.forName(SERVICES).getMethod("get", Class.class).invoke(null, contract));
    }

    /** Opens a recovery connection to every XA pool, as start-up recovery does; close them with {@link #close}. */
    @SuppressWarnings("unchecked")
    Map<Object, Vector<?>> open(List<XAResource> resources) throws ReflectiveOperationException {
        Vector<XAResource> opened = new Vector<>();
        invokePrivate(recoveryService, "configure");
        Map<Object, Vector<?>> connections = (Map<Object, Vector<?>>) invokePrivate(recoveryService,
                "getAllRecoverableResources", opened);
        resources.addAll(opened);
        return connections;
    }

    void close(Map<Object, Vector<?>> connections) throws ReflectiveOperationException {
        invokePrivate(recoveryService, "closeAllResources", connections);
    }

    int incompleteTransactions() throws ReflectiveOperationException {
        return (int) recoveryManager.getMethod("sizeOfInCompleteTx").invoke(null);
    }

    /** Sends the decisions of incomplete transactions again: what {@code asadmin recover-transactions} does. */
    void resendDecisions(List<XAResource> resources) throws ReflectiveOperationException {
        recoveryManager.getMethod("recoverIncompleteTx", XAResource[].class)
                .invoke(null, (Object) resources.toArray(new XAResource[0]));
    }

    /**
     * Starts Payara's transaction manager, as the first transaction that needs it would: with automatic recovery
     * on, that starts start-up recovery, which opens and reads the transaction log in a thread of its own.
     */
    void startTransactionManager() throws ReflectiveOperationException {
        recoveryManager.getClassLoader().loadClass("com.sun.jts.jta.TransactionManagerImpl")
                .getMethod("getTransactionManagerImpl").invoke(null);
    }

    /** Whether the server reads its log and resolves in-doubt branches at start-up (automatic-recovery). */
    boolean automaticRecovery() throws ReflectiveOperationException {
        return "true".equalsIgnoreCase(property("MANUAL_RECOVERY"));
    }

    /**
     * Opens the transaction log unless start-up recovery did (it skips that when the log's directory is missing: a
     * first start). Payara's own opening takes no lock; this one is safe only while no transaction ends.
     */
    boolean openLog() throws ReflectiveOperationException {
        Method open = recoveryManager.getClassLoader().loadClass(JTS + "CoordinatorLog").getDeclaredMethod("openLog");
        open.setAccessible(true);
        return (boolean) open.invoke(null);
    }

    private String property(String name) throws ReflectiveOperationException {
        return (String) configuration.getMethod("getPropertyValue", String.class)
                .invoke(null, configuration.getField(name).get(null));
    }

    /**
     * Whether start-up recovery read the transaction log and finished the transactions it found there: before
     * that, or with automatic recovery off, a prepared branch unknown to the server may still have a logged
     * commit decision.
     */
    boolean startupRecoveryDone() throws ReflectiveOperationException {
        return automaticRecovery() && staticField("resyncInProgress") == null;
    }

    /** The name this server writes at the start of its branch qualifiers ({@code xa-servername}). */
    String serverName() throws ReflectiveOperationException {
        return (String) configuration.getMethod("getServerName").invoke(null);
    }

    /** Whether the server runs the branch's transaction, recovered it from its log, or still has to finish it. */
    boolean knows(Xid branch) throws ReflectiveOperationException {
        Object transaction = globalTid(otid.getConstructor(int.class, int.class, byte[].class)
                .newInstance(branch.getFormatId(), 0, branch.getGlobalTransactionId()));
        if (((Map<?, ?>) staticField("coordsByGlobalTID")).containsKey(transaction)) {
            return true;
        }
        List<Object> incomplete;
        Map<?, ?> incompleteByCoordinator = (Map<?, ?>) staticField("inCompleteTxMap");
        synchronized (incompleteByCoordinator) {
            incomplete = new ArrayList<>(incompleteByCoordinator.keySet());
        }
        for (Object coordinator : incomplete) {
            if (globalTid(invokePrivate(coordinator, "getGlobalTID")).equals(transaction)) {
                return true;
            }
        }
        return false;
    }

    private Object globalTid(Object otidValue) throws ReflectiveOperationException {
        return globalTid.getConstructor(otid).newInstance(otidValue);
    }

    private Object staticField(String name) throws ReflectiveOperationException {
        Field field = recoveryManager.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    /** Calls a method that the target's class or one of its superclasses declares, whatever its visibility. */
    private static Object invokePrivate(Object target, String name, Object... arguments)
            throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                    method.setAccessible(true);
                    return method.invoke(target, arguments);
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }
}
