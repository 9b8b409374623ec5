package io.eventwire.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed delivery to a subscription: why its handling rolled back. Written in a transaction of its own,
 * so it outlives the rollback and tells the operator why a dead letter is dead.
 */
@Entity
@Table(name = "consumer_failure")
@NamedQuery(name = ConsumerFailure.OF_MESSAGE, query = "SELECT f FROM ConsumerFailure f"
        + " WHERE f.subscription = :subscription AND f.messageKey = :key ORDER BY f.id DESC")
@NamedQuery(name = ConsumerFailure.COUNT_OF_MESSAGE, query = "SELECT COUNT(f) FROM ConsumerFailure f"
        + " WHERE f.subscription = :subscription AND f.messageKey = :key")
@NamedQuery(name = ConsumerFailure.COUNTED, query = "SELECT COUNT(f) FROM ConsumerFailure f"
        + " WHERE f.subscription = :subscription AND f.messageKey = :key AND f.counts = TRUE")
public class ConsumerFailure {

    public static final String OF_MESSAGE = "ConsumerFailure.ofMessage";
    public static final String COUNT_OF_MESSAGE = "ConsumerFailure.countOfMessage";
    public static final String COUNTED = "ConsumerFailure.counted";

    /** The columns' widths (V4 migration): longer texts are cut, never refused. */
    private static final int MESSAGE_WIDTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subscription;

    /** The JMSMessageID: the only name an unreadable message has. */
    @Column(name = "message_id")
    private String messageId;

    /** Names the message across its redeliveries: the JMSMessageID, or a digest for a message without one. */
    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "correlation_id")
    private String correlationId;

    @Column(name = "exception_class", nullable = false)
    private String exceptionClass;

    private String message;

    @Column(name = "delivery_count", nullable = false)
    private int deliveryCount;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    /** False for a failure of the infrastructure under the delivery: it does not bring the message closer to the DLQ. */
    @Column(nullable = false)
    private boolean counts;

    protected ConsumerFailure() {
    }

    public ConsumerFailure(String subscription, Delivery delivery, Throwable cause, boolean counts) {
        this.subscription = subscription;
        this.messageId = delivery.messageId();
        this.messageKey = delivery.messageKey();
        this.eventId = delivery.eventId();
        this.eventType = delivery.eventType();
        this.correlationId = delivery.correlationId();
        this.deliveryCount = delivery.deliveryCount();
        this.exceptionClass = cause.getClass().getName();
        String text = cause.getMessage();
        this.message = text == null || text.length() <= MESSAGE_WIDTH ? text : text.substring(0, MESSAGE_WIDTH);
        this.failedAt = Instant.now();
        this.counts = counts;
    }

    /** What is known of a message that failed, even when its body could not be read. */
    public record Delivery(String messageId, String messageKey, String eventId, String eventType, String correlationId,
                           int deliveryCount) {
    }

    public String subscription() {
        return subscription;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String correlationId() {
        return correlationId;
    }

    public String exceptionClass() {
        return exceptionClass;
    }

    public String message() {
        return message;
    }

    public int deliveryCount() {
        return deliveryCount;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public boolean counts() {
        return counts;
    }
}
