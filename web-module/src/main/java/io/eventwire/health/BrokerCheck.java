package io.eventwire.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class BrokerCheck implements HealthCheck {

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createTopic("orders");
            return HealthCheckResponse.up("broker");
        } catch (JMSRuntimeException e) {
            return HealthCheckResponse.named("broker").down().withData("error", e.getMessage()).build();
        }
    }
}
