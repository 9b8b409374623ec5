package io.eventwire.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void aTerminatedDatabaseSessionIsTheDatabase() {
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertEquals(Optional.of("database"), Outages.part(new EJBException(new PersistenceException(terminated))));
    }

    @Test
    void aLockTimeoutIsTheDatabase() {
        assertEquals(Optional.of("database"), Outages.part(new SQLException("lock timeout", "55P03")));
    }

    @Test
    void aRowAConcurrentWriterChangedIsTheDatabase() {
        assertEquals(Optional.of("database"), Outages.part(new EJBException(new OptimisticLockException("row was updated"))));
    }

    @Test
    void aBrokenConstraintIsNotAnOutage() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertEquals(Optional.empty(), Outages.part(new PersistenceException(duplicate)));
    }

    @Test
    void aRollbackTheBrokerCausedIsTheBroker() {
        var rollback = new RollbackException("prepare failed");
        rollback.initCause(new JMSRuntimeException("AMQ219014: timed out"));
        assertEquals(Optional.of("message broker"), Outages.part(rollback));
    }

    @Test
    void theRootIsTheErrorThePartReported() {
        var refused = new JMSRuntimeException("Failed to create session factory");
        var failure = new EJBException(new IllegalStateException("the broker did not take the event", refused));
        assertSame(refused, Outages.root(failure));
        assertSame(refused, Outages.root(refused));
    }

    @Test
    void aPoolThatCannotConnectBecauseTheDatabaseRefusedIsTheDatabase() {
        var pool = new ResourceException("cannot allocate", new SQLException("password authentication failed", "28P01"));
        assertEquals(Optional.of("database"), Outages.part(pool));
    }

    @Test
    void anEmptyPoolIsThePool() {
        assertEquals(Optional.of("connection pool"), Outages.part(new ResourceException("no connection within 5 s")));
    }

    @Test
    void aFailureOfTheCodeIsNotAnOutage() {
        assertEquals(Optional.empty(), Outages.part(new IllegalStateException("no recipient yet")));
    }
}
