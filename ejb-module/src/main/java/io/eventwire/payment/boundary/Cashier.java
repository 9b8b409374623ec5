package io.eventwire.payment.boundary;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.Money;
import io.eventwire.events.PaymentCaptured;
import io.eventwire.events.PaymentDeclined;
import io.eventwire.events.PaymentFailed;
import io.eventwire.messaging.control.CorrelatedLog;
import io.eventwire.messaging.control.MeetingRows;
import io.eventwire.payment.control.PaymentGateway;
import io.eventwire.payment.entity.Payment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Charges an order's total once its stock is reserved (InventoryReserved). That event does not carry the token: it
 * is read from the order's OrderPlaced in the event store, which holds it before stock can be reserved. Payment
 * does not subscribe to OrderPlaced: that delivery, a two-phase commit for every order, only copied the token
 * (src/docs/performance.md). A transient gateway failure is retried after 1, 2, 4… times the retry delay, at a time
 * kept in the payment's row ({@link PaymentRetries}); after the last attempt it gives up with PaymentFailed.
 */
@Stateless
public class Cashier {

    private static final CorrelatedLog LOG = CorrelatedLog.of(Cashier.class);

    /** At most this many retries per tick, so that a tick ends well within its second on a slow day. */
    private static final int RETRIES_PER_TICK = 50;

    /** Postgres: lock the row if free, else skip it (another retry has it). */
    private static final Map<String, Object> SKIP_LOCKED = Map.of("jakarta.persistence.lock.timeout", -2);

    @PersistenceContext
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    PaymentGateway gateway;

    @Inject
    EventStore eventStore;

    @Inject
    MeetingRows rows;

    @Inject
    @ConfigProperty(name = "eventwire.payment.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "eventwire.payment.retry-delay-ms", defaultValue = "1000")
    long retryDelayMillis;

    public void stockReserved(String orderId, BigDecimal total, String causationId) {
        Payment payment = lockedOrNew(orderId);
        payment.charge(total);
        if (payment.token() == null) {
            payment.payWith(eventStore.placed(orderId).paymentToken());
        }
        if (payment.readyToCharge()) {
            attempt(payment, causationId);
        }
    }

    public Optional<Payment> find(String orderId) {
        return Optional.ofNullable(em.find(Payment.class, orderId));
    }

    /** The payments whose next attempt is due, oldest first, at most a tick's worth. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> due() {
        return em.createNamedQuery(Payment.DUE, String.class).setParameter("now", Instant.now())
                .setMaxResults(RETRIES_PER_TICK).getResultList();
    }

    /** The retry of one payment, unless another tick has it or it is no longer due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void retry(String orderId) {
        Payment payment = em.find(Payment.class, orderId, LockModeType.PESSIMISTIC_WRITE, SKIP_LOCKED);
        if (payment != null && payment.isDue(Instant.now())) {
            attempt(payment, payment.retryCausationId());
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
        long delay = retryDelayMillis << (attempt - 1);
        payment.attemptFailed(reason, Instant.now().plusMillis(delay), causationId);
        LOG.info(orderId, () -> "payment attempt " + attempt + " failed (" + reason + "), retrying in " + delay + " ms");
    }

    /** The payment row, made by the order's InventoryReserved; a row from before the upgrade already has the token. */
    private Payment lockedOrNew(String orderId) {
        return rows.locked(Payment.class, orderId, () -> new Payment(orderId));
    }
}
