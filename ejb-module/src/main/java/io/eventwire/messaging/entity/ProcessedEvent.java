package io.eventwire.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Proof that one subscription handled one event; written in the same transaction as the handling. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Embeddable
    public record Key(@Column(name = "subscription") String subscription,
                      @Column(name = "event_id") String eventId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedEvent() {
    }

    public ProcessedEvent(Key key, String eventType) {
        this.key = key;
        this.eventType = eventType;
        this.processedAt = Instant.now();
    }
}
