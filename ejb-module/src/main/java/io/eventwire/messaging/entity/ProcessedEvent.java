package io.eventwire.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Proof that one subscription handled one event; written in the same transaction as the handling. */
@Entity
@Table(name = "processed_event")
@NamedQuery(name = ProcessedEvent.COUNT_FOR_CORRELATION, query = "SELECT COUNT(p) FROM ProcessedEvent p"
        + " WHERE p.key.subscription = :subscription AND p.correlationId = :correlationId")
public class ProcessedEvent {

    public static final String COUNT_FOR_CORRELATION = "ProcessedEvent.countForCorrelation";

    @Embeddable
    public record Key(@Column(name = "subscription") String subscription,
                      @Column(name = "event_id") String eventId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "correlation_id", nullable = false)
    private String correlationId;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedEvent() {
    }

    public ProcessedEvent(Key key, String eventType, String correlationId) {
        this.key = key;
        this.eventType = eventType;
        this.correlationId = correlationId;
        this.processedAt = Instant.now();
    }
}
