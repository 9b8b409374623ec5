package io.eventwire.eventstore.entity;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.Upcaster;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the append-only event store; {@code sequence} orders all events globally. It is drawn at insert,
 * so events may commit out of sequence order: the cursor queries read no further than {@code :settled}
 * (eventstore/control/CommitHorizon).
 */
@Entity
@Table(name = "event_store")
@NamedQuery(name = StoredEvent.BY_CORRELATION,
        query = "SELECT e FROM StoredEvent e WHERE e.correlationId = :correlationId ORDER BY e.sequence")
@NamedQuery(name = StoredEvent.OF_TYPE_BY_CORRELATION, query = "SELECT e FROM StoredEvent e"
        + " WHERE e.correlationId = :correlationId AND e.eventType = :type ORDER BY e.sequence")
@NamedQuery(name = StoredEvent.SEARCH,
        query = "SELECT e FROM StoredEvent e WHERE e.sequence > :afterSequence AND e.sequence <= :settled"
                + " AND (:type IS NULL OR e.eventType = :type)"
                + " AND (:correlationId IS NULL OR e.correlationId = :correlationId)"
                + " ORDER BY e.sequence")
@NamedQuery(name = StoredEvent.SELECTION,
        query = "SELECT e FROM StoredEvent e WHERE e.sequence > :afterSequence AND e.sequence <= :settled"
                + StoredEvent.SELECTED + " ORDER BY e.sequence")
@NamedQuery(name = StoredEvent.COUNT_SELECTION,
        query = "SELECT COUNT(e) FROM StoredEvent e WHERE e.sequence > :afterSequence" + StoredEvent.SELECTED)
public class StoredEvent {

    public static final String BY_CORRELATION = "StoredEvent.byCorrelation";
    public static final String OF_TYPE_BY_CORRELATION = "StoredEvent.ofTypeByCorrelation";
    public static final String SEARCH = "StoredEvent.search";
    public static final String SELECTION = "StoredEvent.selection";
    public static final String COUNT_SELECTION = "StoredEvent.countSelection";
    static final String SELECTED = " AND e.aggregateType = :aggregateType AND (:type IS NULL OR e.eventType = :type)"
            + " AND e.occurredAt >= :from AND e.occurredAt < :to"
            + " AND e.sequence >= :fromSequence AND e.sequence <= :toSequence";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long sequence;

    @Column(name = "event_id", nullable = false, unique = true, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "event_version", nullable = false, updatable = false)
    private int eventVersion;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    private String correlationId;

    @Column(name = "causation_id", updatable = false)
    private String causationId;

    @Column(name = "aggregate_type", nullable = false, updatable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    private String aggregateId;

    @Column(nullable = false, updatable = false)
    private String payload;

    protected StoredEvent() {
    }

    public StoredEvent(EventEnvelope envelope) {
        this.eventId = envelope.eventId();
        this.eventType = envelope.eventType();
        this.eventVersion = envelope.eventVersion();
        this.occurredAt = Instant.parse(envelope.occurredAt());
        this.correlationId = envelope.correlationId();
        this.causationId = envelope.causationId();
        this.aggregateType = envelope.aggregateType();
        this.aggregateId = envelope.aggregateId();
        this.payload = envelope.payload().toString();
    }

    public long sequence() {
        return sequence;
    }

    /** The event as written, brought up to its type's current version. */
    public EventEnvelope envelope() {
        return Upcaster.current(new EventEnvelope(eventId, eventType, eventVersion, occurredAt.toString(), correlationId,
                causationId, aggregateType, aggregateId, EventJson.object(payload)));
    }
}
