package io.eventwire.deadletter.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * One message in the dead-letter queue, with what its consumer recorded of it. A letter the broker dead-lettered
 * without any failure of ours (e.g. sessions killed under it before this application counted its own failures,
 * or an expired message) has {@code failureRecorded} false and null error fields.
 *
 * @param id              names it in URLs: {@code <original queue>~<JMSMessageID without "ID:">}, or
 *                        {@code <original queue>~m<broker's number of the original>} when it has no JMSMessageID
 * @param deliveryCount   the deliveries it used in its queue, the one that moved it included, when known: as the
 *                        consumer that moved it counted them, else the delivery of its last recorded failure
 * @param failureRecorded whether its consumer recorded any failure of it in that queue
 * @param failures        how many failures its consumer recorded of it in that queue (those of the infrastructure
 *                        included, which do not count towards the DLQ)
 */
@JsonbNillable
public record DeadLetter(String id, String originalAddress, String originalQueue, String eventId, String eventType,
                         String correlationId, Instant sentAt, Integer deliveryCount, boolean failureRecorded,
                         long failures, Instant failedAt, String errorClass, String errorMessage, String payload) {
}
