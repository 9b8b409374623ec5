package io.eventwire.replay.boundary;

import io.eventwire.eventstore.boundary.EventSelection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * The body of POST /api/admin/replay: {"subscription":"inventory.orders","type":"OrderPlaced",
 * "from":"2026-01-01T00:00:00Z","to":…,"fromSequence":1,"toSequence":…}; all but the subscription optional.
 */
public record ReplayRequest(
        @NotBlank(message = "name the one subscription to replay to, e.g. inventory.orders") String subscription,
        String type,
        @Pattern(regexp = INSTANT, message = "must be an ISO-8601 UTC time like 2026-01-01T00:00:00Z") String from,
        @Pattern(regexp = INSTANT, message = "must be an ISO-8601 UTC time like 2026-01-01T00:00:00Z") String to,
        @Min(0) Long fromSequence,
        @Min(0) Long toSequence) {

    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    @AssertTrue(message = "from must be before to")
    public boolean isTimeRangeOrdered() {
        return from == null || to == null || !from.matches(INSTANT) || !to.matches(INSTANT)
                || Instant.parse(from).isBefore(Instant.parse(to));
    }

    @AssertTrue(message = "fromSequence must not be after toSequence")
    public boolean isSequenceRangeOrdered() {
        return fromSequence == null || toSequence == null || fromSequence <= toSequence;
    }

    EventSelection selection() {
        return new EventSelection(null, type == null || type.isBlank() ? null : type.strip(), instant(from), instant(to),
                fromSequence, toSequence);
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
