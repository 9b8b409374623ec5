package io.eventwire.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Turns events into envelopes and JSON text, and back, refusing anything that is not a complete envelope. */
public final class EventJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    /**
     * Looked up once: {@code Json.createReader} looks the provider up through the class loaders on every call, which
     * took a seventh of the server's CPU under load (JFR, src/docs/performance.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EventJson() {
    }

    public static EventEnvelope envelope(DomainEvent event, String correlationId, String causationId) {
        JsonObject payload = object(JSONB.toJson(event));
        return new EventEnvelope(UUID.randomUUID().toString(), event.eventType(), event.eventVersion(),
                Instant.now().toString(), correlationId, causationId, event.aggregateType(), event.aggregateId(),
                payload);
    }

    /** A JSON object from its text. */
    public static JsonObject object(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static String toJson(EventEnvelope envelope) {
        return JSONB.toJson(envelope);
    }

    public static EventEnvelope parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty message body");
        }
        EventEnvelope envelope;
        try {
            envelope = JSONB.fromJson(json, EventEnvelope.class);
        } catch (JsonbException | JsonParsingException e) {
            throw new MalformedEventException("not a JSON event envelope: " + e.getMessage(), e);
        }
        requirePresent("eventId", envelope.eventId());
        requirePresent("eventType", envelope.eventType());
        requirePresent("occurredAt", envelope.occurredAt());
        requirePresent("correlationId", envelope.correlationId());
        requirePresent("aggregateId", envelope.aggregateId());
        if (envelope.payload() == null) {
            throw new MalformedEventException("envelope has no payload");
        }
        return Upcaster.current(envelope);
    }

    public static boolean is(EventEnvelope envelope, Class<? extends DomainEvent> type) {
        return type.getSimpleName().equals(envelope.eventType());
    }

    public static <T extends DomainEvent> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return JSONB.fromJson(envelope.payload().toString(), type);
        } catch (JsonbException e) {
            throw new MalformedEventException(envelope.eventType() + " payload unreadable: " + e.getMessage(), e);
        }
    }

    static void requirePresent(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new MalformedEventException("envelope field '" + field + "' is missing");
        }
    }

    /** Fails with the field's name when a required list in a payload is absent or empty. */
    public static <E> List<E> requireNonEmpty(String field, List<E> values) {
        if (values == null || values.isEmpty()) {
            throw new MalformedEventException("payload field '" + field + "' is missing or empty");
        }
        return values;
    }
}
