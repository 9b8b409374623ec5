package io.eventwire.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not JSON of the expected shape is a client error, not a server one. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.badRequest("The request body is not valid JSON for this resource.",
                List.of(new Problem.FieldError("body", "unreadable JSON")));
    }
}
