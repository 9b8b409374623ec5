package io.eventwire.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (404, 405, 406, 415, 403) and ours keep their status and headers: without this mapper
 * the catch-all {@link ServerFailureMapper} would turn them into 500s. {@link ProblemResponseFilter} gives those
 * without a body their problem document.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        return exception.getResponse();
    }
}
