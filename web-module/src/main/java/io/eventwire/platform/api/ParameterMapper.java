package io.eventwire.platform.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * A query, header or cookie parameter that cannot be read as its type (limit=abc, an afterSequence beyond a long)
 * is the caller's mistake: 400 naming the parameter, where JAX-RS would answer 404. A path that cannot be read
 * names no resource: 404.
 */
@Provider
public class ParameterMapper implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException exception) {
        if (exception.getParameterType() == PathParam.class) {
            return Problem.notFound("There is nothing at this path.");
        }
        return Problem.badRequest(exception.getParameterName(), exception.getCause() instanceof NumberFormatException
                ? "must be a whole number within range" : "is not a valid value");
    }
}
