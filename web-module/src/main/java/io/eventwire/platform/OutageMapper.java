package io.eventwire.platform;

import jakarta.ejb.EJBException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.resource.ResourceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request the broker or the database failed under (unreachable, timed out, or its transaction could not
 * commit) answers 503 with Retry-After at once, never a hang or an HTML page: the client repeats it, with the
 * same Idempotency-Key, once they are back. Any other failure inside an EJB is a 500 problem.
 */
@Provider
public class OutageMapper implements ExceptionMapper<EJBException> {

    static final int RETRY_AFTER_SECONDS = 5;

    /** Enough for any real chain; a cause cycle must not loop forever. */
    private static final int MAX_CAUSES = 32;

    private static final Logger LOG = Logger.getLogger(OutageMapper.class.getName());

    @Override
    public Response toResponse(EJBException exception) {
        List<Throwable> causes = causes(exception);
        String part = failingPart(causes);
        if (part == null) {
            LOG.log(Level.SEVERE, "unexpected failure of a request", exception);
            return Problem.internalError("The request failed on the server.");
        }
        LOG.log(Level.WARNING, "answering 503, the {0} failed: {1}", new Object[] {part, causes});
        return Problem.unavailable("The " + part + " failed under this request. Repeat it with the same "
                + "Idempotency-Key in a few seconds.", RETRY_AFTER_SECONDS);
    }

    /** The part a failure names first: a rollback caused by the broker is the broker's. */
    private static String failingPart(List<Throwable> causes) {
        if (any(causes, JMSException.class, JMSRuntimeException.class)) {
            return "message broker";
        }
        if (any(causes, SQLException.class)) {
            return "database";
        }
        if (any(causes, RollbackException.class, HeuristicMixedException.class, HeuristicRollbackException.class,
                SystemException.class)) {
            return "transaction";
        }
        if (any(causes, ResourceException.class)) {
            return "connection pool";
        }
        return null;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && causes.size() < MAX_CAUSES; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static boolean any(List<Throwable> causes, Class<?>... types) {
        return causes.stream().anyMatch(cause -> Arrays.stream(types).anyMatch(type -> type.isInstance(cause)));
    }
}
