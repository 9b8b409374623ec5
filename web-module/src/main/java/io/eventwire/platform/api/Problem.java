package io.eventwire.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * An RFC 9457 problem document: every answer under /api that is not 2xx carries one, with the fields at fault.
 * Its text is ours, never an exception's message, so no class name, stack or SQL reaches a caller.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSONB = JsonbBuilder.create();

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }

    public static Response badRequest(String detail, List<FieldError> errors) {
        return respond(of(Response.Status.BAD_REQUEST, detail, errors));
    }

    /** 400 for one field (a body property, a query, path or header parameter). */
    public static Response badRequest(String field, String message) {
        return badRequest("The request has an invalid " + field + ".", List.of(new FieldError(field, message)));
    }

    public static Response notFound(String detail) {
        return respond(of(Response.Status.NOT_FOUND, detail, List.of()));
    }

    /** For the few refusals made before JAX-RS runs (authentication, headers JAX-RS cannot parse): written and committed. */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(this));
        response.flushBuffer(); // committed: the container adds no error page of its own
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}
