package io.eventwire.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What Notification knows of one order: what to tell (OrderConfirmed or OrderCancelled), whom (the address of its
 * OrderPlaced), and whether the mail went. Copies of the end meet here: the mail goes once.
 */
@Entity
@Table(name = "notification_recipient")
public class Notice {

    @Id
    @Column(name = "order_id")
    private String orderId;

    private String email;

    /** The mail template of the order's end, e.g. order-confirmed. */
    private String outcome;

    /** The total charged, or the reason for the cancellation. */
    @Column(name = "outcome_detail")
    private String outcomeDetail;

    /** The event that ended the order: the mail's cause. */
    @Column(name = "outcome_event_id")
    private String outcomeEventId;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notice() {
    }

    public Notice(String orderId) {
        this.orderId = orderId;
    }

    public void addressedTo(String email) {
        if (this.email == null) {
            this.email = email;
        }
    }

    /** The first end recorded stays: an order ends once. */
    public void ended(String outcome, String detail, String eventId) {
        if (this.outcome == null) {
            this.outcome = outcome;
            this.outcomeDetail = detail;
            this.outcomeEventId = eventId;
        }
    }

    public boolean readyToMail() {
        return email != null && outcome != null && mailedAt == null;
    }

    public void mailed() {
        mailedAt = Instant.now();
    }

    public String orderId() {
        return orderId;
    }

    public String email() {
        return email;
    }

    public String outcome() {
        return outcome;
    }

    public String outcomeDetail() {
        return outcomeDetail;
    }

    public String outcomeEventId() {
        return outcomeEventId;
    }
}
