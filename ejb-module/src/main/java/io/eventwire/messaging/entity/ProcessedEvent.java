package io.eventwire.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Proof that one subscription handled one event; written in the same transaction as the handling. */
@Entity
@Table(name = "processed_event")
@NamedNativeQuery(name = ProcessedEvent.CLAIM, query = "INSERT INTO processed_event"
        + " (subscription, event_id, event_type, correlation_id, processed_at, redrive, phantom)"
        + " SELECT ?1, ?2, ?3, ?4, clock_timestamp(), ?5, NOT EXISTS (SELECT 1 FROM event_store WHERE event_id = ?2)"
        + " ON CONFLICT DO NOTHING RETURNING phantom")
@NamedNativeQuery(name = ProcessedEvent.CLEAR_PHANTOM, query = "UPDATE processed_event SET phantom = false"
        + " WHERE subscription = ?1 AND event_id = ?2")
@NamedQuery(name = ProcessedEvent.COUNT_FOR_CORRELATION, query = "SELECT COUNT(p) FROM ProcessedEvent p"
        + " WHERE p.key.subscription = :subscription AND p.correlationId = :correlationId")
public class ProcessedEvent {

    /**
     * Records that a subscription handles an event, or does nothing if it has: 1 or 0 rows. A concurrent claim of
     * the same event waits for the other's transaction and then counts 0 (it committed) or 1 (it rolled back).
     * The row says at once whether the store held the event (its {@code phantom} is returned): the same statement
     * reads the store, so a delivery costs one round trip for both questions.
     */
    public static final String CLAIM = "ProcessedEvent.claim";
    /** A claimed event the store did not show at the claim, found there afterwards: not a phantom. */
    public static final String CLEAR_PHANTOM = "ProcessedEvent.clearPhantom";
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

    /** Which redrive's copy was handled; 0 for the original delivery (or a replay's or a retry's copy). */
    @Column(nullable = false)
    private int redrive;

    /** Seen but not acted upon: its transaction did not store it (messaging/control/Provenance). */
    @Column(nullable = false)
    private boolean phantom;

    protected ProcessedEvent() {
    }
}
