package io.eventwire.platform;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.ResourceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a failure of the platform (the broker, the database, the transaction, a connection pool) from a failure
 * of the request or message being handled. A platform failure passes: the same request or delivery succeeds once
 * the part is back, so the API answers 503 with Retry-After and a consumer does not count it towards the DLQ.
 */
public final class Outages {

    /**
     * SQLSTATE classes and codes of trouble that passes (PostgreSQL, appendix A): 08 connection, 40 serialization
     * failure or deadlock, 53 insufficient resources, 57 operator intervention (statement timeout 57014, terminated
     * backend 57P01, server shutting down or starting), 55P03 lock not available.
     */
    private static final Set<String> PASSING_SQL_CLASSES = Set.of("08", "40", "53", "57");
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** Enough for any real chain; a cause cycle must not loop forever. */
    private static final int MAX_CAUSES = 32;

    private Outages() {
    }

    /**
     * The part of the platform a failure names first, anywhere in its causes (a rollback the broker caused is
     * the broker's): "message broker", "database", "transaction" or "connection pool"; empty if none.
     */
    public static Optional<String> part(Throwable failure) {
        List<Throwable> causes = causes(failure);
        if (any(causes, cause -> cause instanceof JMSException || cause instanceof JMSRuntimeException)) {
            return Optional.of("message broker");
        }
        boolean poolFailed = any(causes, cause -> cause instanceof ResourceException);
        if (any(causes, Outages::databaseBusyOrDown)
                || poolFailed && any(causes, cause -> cause instanceof SQLException)) {
            return Optional.of("database"); // also a pool that could not connect because the database refused it
        }
        if (any(causes, cause -> cause instanceof RollbackException || cause instanceof HeuristicMixedException
                || cause instanceof HeuristicRollbackException || cause instanceof SystemException)) {
            return Optional.of("transaction");
        }
        return poolFailed ? Optional.of("connection pool") : Optional.empty();
    }

    private static boolean databaseBusyOrDown(Throwable cause) {
        return cause instanceof SQLTransientException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof LockTimeoutException
                || cause instanceof PessimisticLockException || cause instanceof QueryTimeoutException
                || cause instanceof OptimisticLockException // a concurrent writer changed the row: the retry reads it
                || cause instanceof SQLException sql && passing(sql.getSQLState());
    }

    private static boolean passing(String sqlState) {
        return sqlState != null && sqlState.length() == 5
                && (PASSING_SQL_CLASSES.contains(sqlState.substring(0, 2)) || sqlState.equals(LOCK_NOT_AVAILABLE));
    }

    /** The innermost cause: the error the failing part itself reported. */
    public static Throwable root(Throwable failure) {
        List<Throwable> causes = causes(failure);
        return causes.get(causes.size() - 1);
    }

    /** The failure and its causes, outermost first. */
    public static List<Throwable> causes(Throwable failure) {
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
