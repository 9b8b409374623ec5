package io.eventwire.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

/**
 * What JAX-RS answers by itself — an unknown path (404), a wrong method (405), an Accept it cannot serve (406),
 * a body that is not JSON (415), a missing role (403), a header it cannot read (400, e.g. two Content-Types) —
 * carries no body, and the servlet container would fill it with an HTML error page. Every such answer gets a
 * problem document instead, with its status and headers (Allow stays).
 */
@Provider
public class ProblemResponseFilter implements ContainerResponseFilter {

    private static final Annotation[] NONE = {};
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed (a header, the URI or the body).",
            403, AccessDeniedMapper.DETAIL,
            404, "There is nothing at this path.",
            405, "This path does not take that method; the Allow header lists those it takes.",
            406, "This resource answers application/json only.",
            413, "The request is too large.",
            415, "Send the body as application/json (UTF-8).");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType status = Response.Status.fromStatusCode(response.getStatus()) == null
                ? response.getStatusInfo() : Response.Status.fromStatusCode(response.getStatus());
        String detail = DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase() + ".");
        response.setEntity(Problem.of(status, detail, List.of()), NONE, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
