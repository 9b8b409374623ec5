package io.eventwire.messaging.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes the database the first branch of a delivery's transaction ({@link DeliverySession}): Payara commits branches
 * in the order they joined, so the events a batch publishes through its session become visible only once the rows
 * they follow from are committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DatabaseBranch {

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    /**
     * Takes a connection and gives the handle back: the transaction keeps the connection, which the batch's statements
     * then share. A bean method, because Payara enlists a connection in the transaction of the component invocation
     * that takes it, and a delivery thread's own invocation has none.
     */
    public void enlist() throws SQLException {
        database.getConnection().close();
    }
}
