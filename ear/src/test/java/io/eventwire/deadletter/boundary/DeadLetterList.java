package io.eventwire.deadletter.boundary;

import io.eventwire.Broker;
import io.eventwire.Eventually;
import io.eventwire.Http;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import java.time.Duration;

/** Finds a dead letter in GET /api/admin/dlq by its correlation id, as an operator's script would. */
public final class DeadLetterList {

    /**
     * Five failed deliveries with backoff (0.5 + 1 + 2 + 4 s), the sixth that moves the message 8 s later, and room
     * for a busy machine.
     */
    public static final Duration DEAD = Duration.ofSeconds(90);

    private DeadLetterList() {
    }

    /** The dead letter once the broker has given up on the message. */
    public static JsonObject await(Http http, String correlationId) {
        return Eventually.await("a dead letter of " + correlationId + " in the DLQ", DEAD,
                () -> find(http, correlationId), letter -> letter != null);
    }

    /**
     * Puts a message straight into the DLQ as the broker leaves it when it gives up on a message without any
     * failure of ours (sessions killed under it in a crash): with its original queue and address, nothing recorded.
     */
    public static void deadLetteredByTheBroker(String address, String queue, String correlationId, String eventType,
                                               String body) {
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setJMSCorrelationID(correlationId)
                    .setProperty("eventType", eventType)
                    .setProperty("_AMQ_ORIG_QUEUE", queue)
                    .setProperty("_AMQ_ORIG_ADDRESS", address)
                    .send(jms.createQueue("DLQ"), body);
        }
    }

    /** The dead letter, or null when the DLQ has none of that correlation id. */
    public static JsonObject find(Http http, String correlationId) {
        return Http.array(http.get("/api/admin/dlq", "operator")).stream()
                .map(JsonObject.class::cast)
                .filter(letter -> correlationId.equals(letter.getString("correlationId", null)))
                .findFirst().orElse(null);
    }
}
