package io.eventwire.replay.boundary;

import io.eventwire.replay.entity.Replay;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A replay's progress as GET /api/admin/replay/{id} shows it. */
@JsonbNillable
@JsonbPropertyOrder({"replayId", "subscription", "type", "status", "total", "sent", "percent", "startedAt", "finishedAt", "error"})
public record ReplayView(String replayId, String subscription, String type, String status, long total, long sent,
                         int percent, Instant startedAt, Instant finishedAt, String error) {

    static ReplayView of(Replay replay) {
        return new ReplayView(replay.id(), replay.subscription(), replay.eventType(), replay.status().name(),
                replay.total(), replay.sent(), replay.percent(), replay.startedAt(), replay.finishedAt(), replay.error());
    }
}
