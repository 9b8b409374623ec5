package io.eventwire.payment.boundary;

import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.Money;
import io.eventwire.events.PaymentCaptured;
import io.eventwire.events.PaymentDeclined;
import io.eventwire.events.PaymentFailed;
import io.eventwire.messaging.control.CorrelatedLog;
import io.eventwire.messaging.control.MeetingRows;
import io.eventwire.payment.control.PaymentGateway;
import io.eventwire.payment.entity.Payment;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Charges an order once both its token (OrderPlaced) and its total (InventoryReserved) are known. A
 * transient gateway failure is retried after 1, 2, 4… times the retry delay, by persistent EJB timers that
 * survive a server restart; after the last attempt it gives up with PaymentFailed.
 */
@Stateless
public class Cashier {

    private static final CorrelatedLog LOG = CorrelatedLog.of(Cashier.class);

    /** What a retry timer carries: whose payment, and the event that started it (the causation id). */
    record Retry(String orderId, String causationId) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    PaymentGateway gateway;

    @Inject
    MeetingRows rows;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "eventwire.payment.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "eventwire.payment.retry-delay-ms", defaultValue = "1000")
    long retryDelayMillis;

    public void orderPlaced(String orderId, String token, String causationId) {
        Payment payment = lockedOrNew(orderId);
        payment.payWith(token);
        if (payment.readyToCharge()) {
            attempt(payment, causationId);
        }
    }

    public void stockReserved(String orderId, BigDecimal total, String causationId) {
        Payment payment = lockedOrNew(orderId);
        payment.charge(total);
        if (payment.readyToCharge()) {
            attempt(payment, causationId);
        }
    }

    public Optional<Payment> find(String orderId) {
        return Optional.ofNullable(em.find(Payment.class, orderId));
    }

    @Timeout
    void retry(Timer timer) {
        Retry retry = (Retry) timer.getInfo();
        Payment payment = em.find(Payment.class, retry.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (payment != null && payment.isPending()) {
            attempt(payment, retry.causationId());
        }
    }

    private void attempt(Payment payment, String causationId) {
        int attempt = payment.nextAttempt();
        String orderId = payment.orderId();
        PaymentGateway.Result result = gateway.charge(orderId, payment.token(), payment.amount(), attempt);
        if (result instanceof PaymentGateway.Captured captured) {
            payment.captured(captured.paymentId());
            events.publish(new PaymentCaptured(orderId, captured.paymentId(), Money.format(payment.amount())),
                    orderId, causationId);
        } else if (result instanceof PaymentGateway.Declined declined) {
            payment.declined(declined.reason());
            events.publish(new PaymentDeclined(orderId, declined.reason()), orderId, causationId);
        } else if (result instanceof PaymentGateway.Unavailable unavailable) {
            retryOrGiveUp(payment, unavailable.reason(), attempt, causationId);
        }
    }

    private void retryOrGiveUp(Payment payment, String reason, int attempt, String causationId) {
        String orderId = payment.orderId();
        if (attempt >= maxAttempts) {
            payment.failed(reason);
            events.publish(new PaymentFailed(orderId, reason, attempt), orderId, causationId);
            return;
        }
        payment.attemptFailed(reason);
        long delay = retryDelayMillis << (attempt - 1);
        LOG.info(orderId, () -> "payment attempt " + attempt + " failed (" + reason + "), retrying in " + delay + " ms");
        timers.createSingleActionTimer(delay, new TimerConfig(new Retry(orderId, causationId), true));
    }

    /** Token and total may arrive in either order and at once: both meet in the order's one payment row. */
    private Payment lockedOrNew(String orderId) {
        return rows.locked(Payment.class, orderId, () -> new Payment(orderId));
    }
}
