package io.eventwire.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The database answers a query on a connection of the application's own pool. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    static final String NAME = "database";

    private static final int QUERY_TIMEOUT_SECONDS = 1;

    @Resource(lookup = "jdbc/eventwire")
    DataSource dataSource;

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
        return probe.answer(this::askDatabase);
    }

    private HealthCheckResponse askDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(QUERY_TIMEOUT_SECONDS)) {
                return probe.down("the connection did not answer within " + QUERY_TIMEOUT_SECONDS + " s");
            }
            return HealthCheckResponse.named(NAME).up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            return probe.down(e.getMessage());
        }
    }
}
