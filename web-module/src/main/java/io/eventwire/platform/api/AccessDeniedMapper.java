package io.eventwire.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A business method's own role check ({@code @RolesAllowed} on an EJB) refusing the caller is a 403, like the API's. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    static final String DETAIL = "Your user lacks the role this needs (CONTRACT §2).";

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Problem.respond(Problem.of(Response.Status.FORBIDDEN, DETAIL, List.of()));
    }
}
