package io.eventwire.platform;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever else fails while answering: 503 with Retry-After when the database or the broker is down or too busy
 * (a retry will do), otherwise 500. Either way the caller gets a problem with a reference to the log entry that
 * holds the exception, never the exception itself.
 */
@Provider
public class ServerFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerFailureMapper.class.getName());

    /** SQLSTATE classes and codes that mean "not now" (PostgreSQL appendix A): connection, resources, shutdown, lock and serialisation. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("08", "53", "57P", "57014", "55P03", "40001", "40P01");

    private static final int MAX_CAUSES = 32;

    @Override
    public Response toResponse(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        if (dependencyUnavailable(failure)) {
            LOG.log(Level.WARNING, "503 (reference " + reference + ")", failure);
            return Response.fromResponse(Problem.respond(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The database or the broker is unavailable or busy; try again shortly (reference "
                                    + reference + ").", List.of())))
                    .header("Retry-After", "5")
                    .build();
        }
        LOG.log(Level.SEVERE, "500 (reference " + reference + ")", failure);
        return Problem.respond(Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The request failed on our side; the log holds the details under reference " + reference + ".",
                List.of()));
    }

    static boolean dependencyUnavailable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ResourceException
                    || cause instanceof JMSException || cause instanceof JMSRuntimeException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof QueryTimeoutException || retryable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean retryable(Throwable cause) {
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && RETRYABLE_SQL_STATES.stream().anyMatch(state::startsWith);
    }
}
