package io.eventwire.platform;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.ResourceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Whatever else fails while answering: 503 with Retry-After, naming the part, when the broker or the database is
 * down or too busy or the transaction could not commit (the client repeats the request with the same
 * Idempotency-Key), otherwise 500. Either way the caller gets a problem with a reference to the log entry that
 * holds the exception, never the exception itself.
 */
@Provider
public class ServerFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerFailureMapper.class.getName());

    /** SQLSTATE classes and codes that mean "not now" (PostgreSQL appendix A): connection, resources, shutdown, lock and serialisation. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("08", "53", "57P", "57014", "55P03", "40001", "40P01");

    /** Enough for any real chain; a cause cycle must not loop forever. */
    private static final int MAX_CAUSES = 32;

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        String part = unavailablePart(failure);
        if (part != null) {
            LOG.log(Level.WARNING, "503, the " + part + " failed (reference " + reference + ")", failure);
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

    /** The part a failure names first, anywhere in its causes (a rollback the broker caused is the broker's); null if none. */
    static String unavailablePart(Throwable failure) {
        List<Throwable> causes = causes(failure);
        if (any(causes, cause -> cause instanceof JMSException || cause instanceof JMSRuntimeException)) {
            return "message broker";
        }
        boolean poolFailed = any(causes, cause -> cause instanceof ResourceException);
        if (any(causes, ServerFailureMapper::databaseBusyOrDown)
                || poolFailed && any(causes, cause -> cause instanceof SQLException)) {
            return "database"; // also a pool that could not get a connection because the database refused it
        }
        if (any(causes, cause -> cause instanceof RollbackException || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException || cause instanceof SystemException)) {
            return "transaction";
        }
        if (poolFailed) {
            return "connection pool";
        }
        return null;
    }

    private static boolean databaseBusyOrDown(Throwable cause) {
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof LockTimeoutException
                || cause instanceof PessimisticLockException || cause instanceof QueryTimeoutException
                || state != null && RETRYABLE_SQL_STATES.stream().anyMatch(state::startsWith);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && causes.size() < MAX_CAUSES; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static boolean any(List<Throwable> causes, Predicate<Throwable> test) {
        return causes.stream().anyMatch(test);
    }
}
