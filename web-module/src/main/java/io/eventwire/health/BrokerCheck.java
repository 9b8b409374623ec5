package io.eventwire.health;

import io.eventwire.events.Topic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker answers: each probe opens a new connection (jms/eventwire-health destroys it after one use, so no
 * pooled connection can look alive after the broker died) and asks the broker about the orders topic.
 */
@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

    static final String NAME = "broker";

    @Resource(lookup = "jms/eventwire-health")
    ConnectionFactory connectionFactory;

    @Resource
    ManagedThreadFactory threads;

    private BoundedProbe probe;

    @PostConstruct
    void start() {
        probe = new BoundedProbe(NAME, threads);
    }

    @PreDestroy
    void stop() {
        probe.stop();
    }

    @Override
    public HealthCheckResponse call() {
        return probe.answer(this::askBroker);
    }

    private HealthCheckResponse askBroker() {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createTopic(Topic.ORDERS.address());
            return HealthCheckResponse.up(NAME);
        } catch (JMSRuntimeException e) {
            return probe.down(e.getMessage());
        }
    }
}
