package io.eventwire.events;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The JSON document every event travels in (CONTRACT §4); {@code payload} is the {@link DomainEvent}. */
@JsonbNillable
@JsonbPropertyOrder({"eventId", "eventType", "eventVersion", "occurredAt", "correlationId", "causationId",
        "aggregateType", "aggregateId", "payload"})
public record EventEnvelope(
        String eventId,
        String eventType,
        int eventVersion,
        String occurredAt,
        String correlationId,
        String causationId,
        String aggregateType,
        String aggregateId,
        JsonObject payload) {
}
