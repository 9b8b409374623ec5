package io.eventwire.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail sent about an order, whichever channel carried it; the dev mailbox shows these. */
@Entity
@Table(name = "mail")
@NamedQuery(name = Mail.FOR_ORDER, query = "SELECT m FROM Mail m WHERE m.orderId = :orderId ORDER BY m.id")
@NamedQuery(name = Mail.NEWEST_FIRST, query = "SELECT m FROM Mail m ORDER BY m.id DESC")
@NamedQuery(name = Mail.COUNT, query = "SELECT COUNT(m) FROM Mail m")
public class Mail {

    public static final String FOR_ORDER = "Mail.forOrder";
    public static final String NEWEST_FIRST = "Mail.newestFirst";
    public static final String COUNT = "Mail.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private String orderId;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String channel;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Mail() {
    }

    public Mail(String orderId, String template, String channel, String recipient, String subject, String body) {
        this.orderId = orderId;
        this.template = template;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.sentAt = Instant.now();
    }

    public long id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public String template() {
        return template;
    }

    public String channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
