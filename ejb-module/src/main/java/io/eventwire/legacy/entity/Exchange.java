package io.eventwire.legacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that crossed the legacy queues, kept for operators: a record received (and the order it made), a
 * record rejected (code and reason), or a status record sent. Written in the transaction that did it.
 */
@Entity
@Table(name = "legacy_exchange")
@NamedQuery(name = Exchange.NEWEST_FIRST, query = "SELECT e FROM Exchange e WHERE (:kind IS NULL OR e.kind = :kind)"
        + " ORDER BY e.id DESC")
public class Exchange {

    public static final String NEWEST_FIRST = "Exchange.newestFirst";

    public enum Kind {
        RECEIVED, REJECTED, STATUS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "legacy_ref")
    private String legacyRef;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "record_format")
    private String format;

    /** The reject code, or the status sent. */
    private String code;

    private String reason;

    /** The record's text, cut to the column's width; the rejection queue keeps the whole body. */
    private String body;

    protected Exchange() {
    }

    public Exchange(Kind kind, String legacyRef, String orderId, String format, String code, String reason,
                    String body) {
        this.kind = kind;
        this.at = Instant.now();
        this.legacyRef = legacyRef;
        this.orderId = orderId;
        this.format = format;
        this.code = code;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
        this.body = body;
    }

    public Kind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    public String legacyRef() {
        return legacyRef;
    }

    public String orderId() {
        return orderId;
    }

    public String format() {
        return format;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public String body() {
        return body;
    }
}
