package io.eventwire.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document: every 4xx and 5xx the API answers carries one, with the fields at fault. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response badRequest(String detail, List<FieldError> errors) {
        return respond(new Problem("about:blank", "Invalid request", 400, detail, errors));
    }

    public static Response forbidden(String detail) {
        return respond(new Problem("about:blank", "Forbidden", 403, detail, List.of()));
    }

    public static Response notFound(String detail) {
        return respond(new Problem("about:blank", "Not Found", 404, detail, List.of()));
    }

    /** The broker or the database failed under the request; the client may repeat it after the given seconds. */
    public static Response unavailable(String detail, int retryAfterSeconds) {
        return builder(new Problem("about:blank", "Service Unavailable", 503, detail, List.of()))
                .header("Retry-After", retryAfterSeconds)
                .build();
    }

    public static Response internalError(String detail) {
        return respond(new Problem("about:blank", "Internal Server Error", 500, detail, List.of()));
    }

    private static Response respond(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem);
    }
}
