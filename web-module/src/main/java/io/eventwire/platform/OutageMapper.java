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

    private static final Logger LOG = Logger.getLogger(OutageMapper.class.getName());

    @Override
    public Response toResponse(EJBException exception) {
        String part = null;
        Throwable failure = null;
        int depth = 0;
        // The innermost recognisable cause names the part best (a rollback caused by the broker is the broker's).
        for (Throwable cause = exception.getCause(); cause != null && depth++ < 20; cause = cause.getCause()) {
            if (failingPart(cause) != null) {
                part = failingPart(cause);
                failure = cause;
            }
        }
        if (part == null) {
            LOG.log(Level.SEVERE, "unexpected failure of a request", exception);
            return Problem.internalError("The request failed on the server.");
        }
        LOG.log(Level.WARNING, "answering 503, the {0} failed: {1}", new Object[] {part, failure});
        return Problem.unavailable("The " + part + " failed under this request (" + failure.getClass().getSimpleName()
                + "). Repeat it with the same Idempotency-Key in a few seconds.", RETRY_AFTER_SECONDS);
    }

    /** Which part of the platform a failure comes from, or null when it is not one of theirs. */
    private static String failingPart(Throwable failure) {
        if (failure instanceof JMSException || failure instanceof JMSRuntimeException) {
            return "message broker";
        }
        if (failure instanceof SQLException) {
            return "database";
        }
        if (failure instanceof RollbackException || failure instanceof HeuristicMixedException
                || failure instanceof HeuristicRollbackException || failure instanceof SystemException) {
            return "transaction";
        }
        if (failure instanceof ResourceException) {
            return "connection pool";
        }
        return null;
    }
}
