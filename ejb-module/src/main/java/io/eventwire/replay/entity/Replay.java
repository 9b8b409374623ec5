package io.eventwire.replay.entity;

import io.eventwire.eventstore.boundary.EventSelection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One walk through stored events, and how far it got (it resumes after {@code lastSequence}): a replay sends
 * them to one subscription, a rebuild applies them to one read model.
 */
@Entity
@Table(name = "replay")
@NamedQuery(name = Replay.NEWEST_FIRST, query = "SELECT r FROM Replay r ORDER BY r.startedAt DESC")
public class Replay {

    public static final String NEWEST_FIRST = "Replay.newestFirst";

    public enum Status { RUNNING, DONE, FAILED }

    /** Where the events go: a subscription's queue, or a read model's {@code Projection}. */
    public enum Kind { SUBSCRIPTION, READ_MODEL }

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** The subscription's or the read model's name. */
    @Column(nullable = false)
    private String target;

    @Column(name = "aggregate_type", nullable = false)
    private String aggregateType;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "from_time")
    private Instant fromTime;

    @Column(name = "to_time")
    private Instant toTime;

    @Column(name = "from_sequence")
    private Long fromSequence;

    @Column(name = "to_sequence")
    private Long toSequence;

    private long total;

    private long sent;

    @Column(name = "last_sequence")
    private long lastSequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String error;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Replay() {
    }

    public Replay(Kind kind, String target, EventSelection selection, long total) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.target = target;
        this.aggregateType = selection.aggregateType();
        this.eventType = selection.type();
        this.fromTime = selection.from();
        this.toTime = selection.to();
        this.fromSequence = selection.fromSequence();
        this.toSequence = selection.toSequence();
        this.total = total;
        this.status = Status.RUNNING;
        this.startedAt = Instant.now();
    }

    public EventSelection selection() {
        return new EventSelection(aggregateType, eventType, fromTime, toTime, fromSequence, toSequence);
    }

    public void sent(int events, long upToSequence) {
        sent += events;
        lastSequence = upToSequence;
    }

    public void done() {
        finish(Status.DONE, null);
    }

    public void failed(String error) {
        finish(Status.FAILED, error == null || error.length() <= 2000 ? error : error.substring(0, 2000));
    }

    private void finish(Status status, String error) {
        this.status = status;
        this.error = error;
        this.finishedAt = Instant.now();
    }

    /** Whole percent sent; an empty selection is complete at once. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, sent * 100 / total);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String target() {
        return target;
    }

    public String eventType() {
        return eventType;
    }

    public long total() {
        return total;
    }

    public long sent() {
        return sent;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
