package io.eventwire.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * What JAX-RS answers by itself — an unknown path (404), a wrong method (405), an Accept it cannot serve (406),
 * a body that is not JSON (415), a missing role (403) — becomes a problem document with the same status and
 * headers (Allow stays). An answer that already carries a problem of ours passes unchanged.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed.",
            403, AccessDeniedMapper.DETAIL,
            404, "There is nothing at this path.",
            405, "This path does not take that method; the Allow header lists those it takes.",
            406, "This resource answers application/json only.",
            413, "The request is too large.",
            415, "Send the body as application/json (UTF-8).");

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        Response.StatusType status = Response.Status.fromStatusCode(response.getStatus()) == null
                ? response.getStatusInfo() : Response.Status.fromStatusCode(response.getStatus());
        String detail = DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase() + ".");
        return Response.fromResponse(response)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(Problem.of(status, detail, List.of()))
                .build();
    }
}
