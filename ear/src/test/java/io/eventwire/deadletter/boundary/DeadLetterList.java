package io.eventwire.deadletter.boundary;

import io.eventwire.Eventually;
import io.eventwire.Http;
import jakarta.json.JsonObject;
import java.time.Duration;

/** Finds a dead letter in GET /api/admin/dlq by its correlation id, as an operator's script would. */
public final class DeadLetterList {

    /** Five deliveries with backoff (0.5 + 1 + 2 + 4 s) and room for a busy machine. */
    public static final Duration DEAD = Duration.ofSeconds(90);

    private DeadLetterList() {
    }

    /** The dead letter once the broker has given up on the message. */
    public static JsonObject await(Http http, String correlationId) {
        return Eventually.await("a dead letter of " + correlationId + " in the DLQ", DEAD,
                () -> find(http, correlationId), letter -> letter != null);
    }

    /** The dead letter, or null when the DLQ has none of that correlation id. */
    public static JsonObject find(Http http, String correlationId) {
        return Http.array(http.get("/api/admin/dlq", "operator")).stream()
                .map(JsonObject.class::cast)
                .filter(letter -> correlationId.equals(letter.getString("correlationId", null)))
                .findFirst().orElse(null);
    }
}
