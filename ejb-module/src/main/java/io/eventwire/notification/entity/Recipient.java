package io.eventwire.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whom to tell about an order: OrderConfirmed and OrderCancelled do not carry the address. */
@Entity
@Table(name = "notification_recipient")
public class Recipient {

    @Id
    @Column(name = "order_id")
    private String orderId;

    @Column(nullable = false)
    private String email;

    protected Recipient() {
    }

    public Recipient(String orderId, String email) {
        this.orderId = orderId;
        this.email = email;
    }

    public String email() {
        return email;
    }
}
