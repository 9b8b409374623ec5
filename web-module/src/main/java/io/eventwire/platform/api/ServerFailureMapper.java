package io.eventwire.platform.api;

import io.eventwire.platform.Outages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever else fails while answering: 503 with Retry-After, naming the part, when the broker or the database is
 * down or too busy or the transaction could not commit (the client repeats the request with the same
 * Idempotency-Key), otherwise 500. Either way the caller gets a problem with a reference to the log entry that
 * names the exception (a 500's with its stack trace; a 503's in one line, its trace at FINE), never the exception
 * itself.
 */
@Provider
public class ServerFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerFailureMapper.class.getName());

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        String part = Outages.part(failure).orElse(null);
        if (part != null) {
            // One line: an outage fails every request alike, and their stack traces would crowd the log out.
            LOG.warning(() -> "503, the " + part + " failed (reference " + reference + "): " + Outages.root(failure));
            LOG.log(Level.FINE, "503 (reference " + reference + ")", failure);
            return Response.fromResponse(Problem.respond(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The " + part + " is unavailable or busy; repeat the request with the same "
                                    + "Idempotency-Key shortly (reference " + reference + ").", List.of())))
                    .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                    .build();
        }
        LOG.log(Level.SEVERE, "500 (reference " + reference + ")", failure);
        return Problem.respond(Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The request failed on our side; the log holds the details under reference " + reference + ".",
                List.of()));
    }
}
