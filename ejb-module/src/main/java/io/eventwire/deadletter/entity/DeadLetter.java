package io.eventwire.deadletter.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * One message in the dead-letter queue, with the last failure its consumer recorded (null fields when no
 * consumer recorded one, e.g. for a message that expired or found no consumer that could record it).
 *
 * @param id            names it in URLs: {@code <original queue>~<JMSMessageID without "ID:">}, or
 *                      {@code <original queue>~m<broker's number of the original>} when it has no JMSMessageID
 * @param deliveryCount the delivery that failed last, as the consumer saw it
 */
@JsonbNillable
public record DeadLetter(String id, String originalAddress, String originalQueue, String eventId, String eventType,
                         String correlationId, Instant sentAt, Integer deliveryCount, Instant failedAt,
                         String errorClass, String errorMessage, String payload) {
}
