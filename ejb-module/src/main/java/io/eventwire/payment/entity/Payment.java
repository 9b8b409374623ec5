package io.eventwire.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One order's charge. Only the gateway token is kept, never card data. */
@Entity
@Table(name = "payment")
public class Payment {

    public enum Status { PENDING, CAPTURED, DECLINED, FAILED }

    @Id
    @Column(name = "order_id")
    private String orderId;

    /** From InventoryReserved; the two events may arrive in either order. */
    private BigDecimal amount;

    /** From OrderPlaced. */
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

    /** Both facts known and nothing tried yet: the first attempt can start. */
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
    }

    public void declined(String reason) {
        this.lastError = reason;
        this.status = Status.DECLINED;
    }

    public void failed(String reason) {
        this.lastError = reason;
        this.status = Status.FAILED;
    }

    public void attemptFailed(String reason) {
        this.lastError = reason;
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
