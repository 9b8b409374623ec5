package io.eventwire.payment.boundary;

import io.eventwire.messaging.control.CorrelatedLog;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Every second: the payments whose next attempt is due, each attempted by {@link Cashier#retry} in a transaction of
 * its own. The due time is in the payment's row, so a retry whose transaction fails (broker or database down, server
 * killed) stays due and is tried again at the next tick; no timer can be lost.
 *
 * <p>A singleton that depends on StartupRecovery: Payara starts an application's timers before its start-up
 * singletons, and a retry due from before a crash would otherwise end its transaction while Payara's start-up
 * recovery still opens the transaction log (src/docs/reliability.md, "Opening the transaction log").
 */
@Singleton
@DependsOn("StartupRecovery")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentRetries {

    private static final CorrelatedLog LOG = CorrelatedLog.of(PaymentRetries.class);

    @Inject
    Cashier cashier;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void retryDue() {
        List<String> due;
        try {
            due = cashier.due();
        } catch (RuntimeException e) {
            // The tick itself never fails, nor touches the database: Payara expunges a timer whose callback fails
            // twice (EJB5119), also when the callback caught the database's failure itself, and with the timer
            // every later retry, which left orders PENDING after a database outage in the fault suite.
            LOG.warning(null, () -> "payment retries not read, tried again at the next tick: " + e);
            return;
        }
        for (String orderId : due) {
            try {
                cashier.retry(orderId);
            } catch (RuntimeException e) {
                LOG.warning(orderId, () -> "payment retry failed, due again at the next tick: " + e);
            }
        }
    }
}
