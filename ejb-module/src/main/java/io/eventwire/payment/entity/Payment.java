package io.eventwire.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One order's charge. Only the gateway token is kept, never card data. */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.DUE, query = "SELECT p.orderId FROM Payment p WHERE p.status = io.eventwire.payment.entity"
        + ".Payment.Status.PENDING AND p.nextAttemptAt <= :now ORDER BY p.nextAttemptAt")
public class Payment {

    /** Order ids of the payments whose next attempt is due. */
    public static final String DUE = "Payment.due";

    public enum Status { PENDING, CAPTURED, DECLINED, FAILED }

    @Id
    @Column(name = "order_id")
    private String orderId;

    /** From InventoryReserved. */
    private BigDecimal amount;

    /** From the order's stored OrderPlaced, read when its stock is reserved. */
    @Column(name = "payment_token")
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "payment_id")
    private String paymentId;

    @Column(name = "last_error")
    private String lastError;

    /** When the next attempt is due after a transient failure; null when none is. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** The event that started the payment: what the retried attempt's event names as its cause. */
    @Column(name = "retry_causation_id")
    private String retryCausationId;

    protected Payment() {
    }

    public Payment(String orderId) {
        this.orderId = orderId;
        this.status = Status.PENDING;
    }

    public void charge(BigDecimal amount) {
        this.amount = amount;
    }

    public void payWith(String token) {
        this.token = token;
    }

    /** Total and token known and nothing tried yet: the first attempt can start. */
    public boolean readyToCharge() {
        return status == Status.PENDING && attempts == 0 && amount != null && token != null;
    }

    /** Counts the attempt about to be made and returns its number. */
    public int nextAttempt() {
        return ++attempts;
    }

    public void captured(String paymentId) {
        this.paymentId = paymentId;
        this.status = Status.CAPTURED;
        this.nextAttemptAt = null;
    }

    public void declined(String reason) {
        this.lastError = reason;
        this.status = Status.DECLINED;
        this.nextAttemptAt = null;
    }

    public void failed(String reason) {
        this.lastError = reason;
        this.status = Status.FAILED;
        this.nextAttemptAt = null;
    }

    /** A transient failure: the next attempt is due at {@code next}, caused by {@code causationId} as this one was. */
    public void attemptFailed(String reason, Instant next, String causationId) {
        this.lastError = reason;
        this.nextAttemptAt = next;
        this.retryCausationId = causationId;
    }

    public boolean isDue(Instant now) {
        return isPending() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    public String retryCausationId() {
        return retryCausationId;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public String orderId() {
        return orderId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String token() {
        return token;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String paymentId() {
        return paymentId;
    }

    /** Why the last attempt did not capture, or null. */
    public String lastError() {
        return lastError;
    }
}
