package io.eventwire.replay.boundary.api;

import io.eventwire.eventstore.boundary.EventSelection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of POST /api/admin/replay: {"subscription":"inventory.orders","type":"OrderPlaced",
 * "from":"2026-01-01T00:00:00Z","to":…,"fromSequence":1,"toSequence":…}; all but the subscription optional.
 */
public record ReplayRequest(
        @NotBlank(message = "name the one subscription to replay to, e.g. inventory.orders") @Size(max = 64) String subscription,
        @Size(max = 64) String type,
        Instant from,
        Instant to,
        @Min(0) Long fromSequence,
        @Min(0) Long toSequence) {

    @AssertTrue(message = "from must be before to")
    public boolean isTimeRangeOrdered() {
        return from == null || to == null || from.isBefore(to);
    }

    @AssertTrue(message = "fromSequence must not be after toSequence")
    public boolean isSequenceRangeOrdered() {
        return fromSequence == null || toSequence == null || fromSequence <= toSequence;
    }

    EventSelection selection() {
        return new EventSelection(null, type == null || type.isBlank() ? null : type.strip(), from, to,
                fromSequence, toSequence);
    }
}
