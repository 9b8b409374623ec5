package io.eventwire.events;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Stores an event envelope written by hand, as an older producer would have written it, and sends it in the same
 * transaction to one subscription's queue by its fully qualified name {@code topic::subscription}: a topic
 * destination, since the queue is multicast.
 */
@Stateless
public class RawPublisher {

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    public void send(String subscriptionQueue, String eventType, String json) {
        try (Connection connection = database.getConnection()) {
            EventRows.store(connection, json);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the event", e);
        }
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("eventType", eventType).send(jms.createTopic(subscriptionQueue), json);
        }
    }
}
