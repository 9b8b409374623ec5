package io.eventwire.replay.boundary.api;

import io.eventwire.platform.api.Problem;
import io.eventwire.replay.boundary.UnknownTargetException;
import io.eventwire.replay.entity.Replay;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A replay's or rebuild's progress as GET /api/admin/replay/{id} shows it: {@code kind} SUBSCRIPTION with the
 * subscription's name as {@code target}, or READ_MODEL with the read model's.
 */
@JsonbNillable
@JsonbPropertyOrder({"replayId", "kind", "target", "type", "status", "total", "sent", "percent", "startedAt",
        "finishedAt", "error"})
public record ReplayView(String replayId, String kind, String target, String type, String status, long total, long sent,
                         int percent, Instant startedAt, Instant finishedAt, String error) {

    static ReplayView of(Replay replay) {
        return new ReplayView(replay.id(), replay.kind().name(), replay.target(), replay.eventType(), replay.status().name(),
                replay.total(), replay.sent(), replay.percent(), replay.startedAt(), replay.finishedAt(), replay.error());
    }

    /** 202, with where to follow the progress. */
    static Response accepted(Replay replay) {
        return Response.accepted(of(replay)).location(URI.create("/api/admin/replay/" + replay.id())).build();
    }

    static Response unknown(UnknownTargetException e, String field) {
        return Problem.badRequest(e.getMessage(), List.of(new Problem.FieldError(field, e.getMessage())));
    }
}
