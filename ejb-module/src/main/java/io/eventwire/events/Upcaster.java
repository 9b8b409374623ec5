package io.eventwire.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Brings an event written in an older version up to the version its record has now, one step at a time, so
 * consumers, replays and the store's readers only ever see current versions. The store keeps what was written.
 * The rule for evolving events is in src/docs/event-versioning.md.
 */
public final class Upcaster {

    /** One step: how a payload of {@code eventType} version {@code from} becomes version {@code from + 1}. */
    private record Step(String eventType, int from, UnaryOperator<JsonObject> payload) {
    }

    private static final List<Step> STEPS = List.of(
            // OrderPlaced 1 → 2: every order before version 2 came through the web API.
            new Step("OrderPlaced", 1, payload -> Json.createObjectBuilder(payload)
                    .add("channel", OrderPlaced.WEB).build()));

    private Upcaster() {
    }

    public static EventEnvelope current(EventEnvelope event) {
        EventEnvelope current = event;
        for (Optional<Step> step = stepFrom(current); step.isPresent(); step = stepFrom(current)) {
            current = new EventEnvelope(current.eventId(), current.eventType(), current.eventVersion() + 1,
                    current.occurredAt(), current.correlationId(), current.causationId(), current.aggregateType(),
                    current.aggregateId(), step.get().payload().apply(current.payload()));
        }
        return current;
    }

    private static Optional<Step> stepFrom(EventEnvelope event) {
        return STEPS.stream()
                .filter(step -> step.eventType().equals(event.eventType()) && step.from() == event.eventVersion())
                .findFirst();
    }
}
