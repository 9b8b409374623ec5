package io.eventwire.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets the application's transactions begin only once Payara's start-up recovery has finished and its transaction
 * log is open. Payara starts that recovery when a transaction first needs its transaction manager; the recovery's
 * thread opens and reads the log while the transactions go on, and the first of them to end open the log too.
 * Payara's opening takes no lock, so two writers can share the log's files, and a crash can then leave a log in which
 * the next start finds no commit decision and rolls back a transaction it had decided to commit
 * (src/docs/reliability.md, "Opening the transaction log"). On a first start the recovery skips the log (its
 * directory does not exist yet), which leaves the opening to those transactions alone. This bean starts the
 * transaction manager, waits for the recovery and opens the log, before the deliveries begin, before the timers'
 * first ticks (the deliveries and the beans with timers depend on it) and before the application answers a request.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupRecovery {

    private static final Logger LOG = Logger.getLogger(StartupRecovery.class.getName());

    /** Past this the application starts anyway: the recovery waits for a resource that does not answer. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        try {
            PayaraTransactionService payara = PayaraTransactionService.locate();
            payara.startTransactionManager();
            if (payara.automaticRecovery() && !recovered(payara, started)) {
                LOG.warning("start-up transaction recovery has not finished after " + DEADLINE.toSeconds()
                        + " s; the application starts without waiting for it");
                return;
            }
            if (!payara.openLog()) {
                LOG.warning("the transaction log could not be opened before the application's first transaction");
                return;
            }
            LOG.info(() -> "start-up transaction recovery finished and the transaction log is open after "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.SEVERE, "Payara's transaction recovery service is not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean recovered(PayaraTransactionService payara, long started)
            throws ReflectiveOperationException, InterruptedException {
        while (!payara.startupRecoveryDone()) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(DEADLINE) > 0) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
