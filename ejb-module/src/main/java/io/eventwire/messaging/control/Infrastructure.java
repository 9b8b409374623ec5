package io.eventwire.messaging.control;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure of the platform under a delivery (the broker, the database connection, the transaction, a lock
 * or statement timeout) from a failure of the message. The first kind says nothing about the message: it does not
 * bring it closer to the DLQ, and the broker keeps redelivering it with backoff until the platform is back.
 * Everything else counts, also an outside service that is down (mail, gateway): the DLQ is where an operator
 * sees those and retries once they are fixed.
 */
final class Infrastructure {

    /**
     * SQLSTATE classes and codes of trouble that passes (PostgreSQL): 08 connection, 40 serialization failure or
     * deadlock, 53 insufficient resources, 55P03 lock not available, 57 operator intervention (statement timeout
     * 57014, terminated backend 57P01, server shutting down or starting).
     */
    private static final Set<String> PASSING_CLASSES = Set.of("08", "40", "53", "57");
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private Infrastructure() {
    }

    static boolean isBehind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isPassing(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassing(Throwable cause) {
        return cause instanceof NotYetVisible || cause instanceof JMSException || cause instanceof JMSRuntimeException
                || cause instanceof ResourceException
                || cause instanceof RollbackException || cause instanceof SystemException
                || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                || cause instanceof QueryTimeoutException
                || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && isPassing(sql.getSQLState());
    }

    private static boolean isPassing(String sqlState) {
        return sqlState != null && sqlState.length() == 5
                && (PASSING_CLASSES.contains(sqlState.substring(0, 2)) || sqlState.equals(LOCK_NOT_AVAILABLE));
    }
}
