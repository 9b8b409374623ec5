package io.eventwire.health;

import io.eventwire.events.Topic;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker answers: each probe opens a new connection (jms/eventwire-health destroys it after one use, so no
 * pooled connection can look alive after the broker died) and asks the broker about the orders topic.
 */
@Readiness
@ApplicationScoped
public class BrokerCheck extends BoundedCheck {

    @Resource(lookup = "jms/eventwire-health")
    ConnectionFactory connectionFactory;

    public BrokerCheck() {
        super("broker");
    }

    @Override
    HealthCheckResponse probe() {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createTopic(Topic.ORDERS.address());
            return up();
        } catch (JMSRuntimeException e) {
            return down(e.getMessage());
        }
    }
}
