package io.eventwire.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The database answers a query, on a connection of the check's own small pool (jdbc/eventwire-health): the
 * application's pool may be busy to the last connection while a backlog drains, and that is not an outage.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck extends BoundedCheck {

    private static final int QUERY_TIMEOUT_SECONDS = 1;

    @Resource(lookup = "jdbc/eventwire-health")
    DataSource dataSource;

    public DatabaseCheck() {
        super("database");
    }

    @Override
    HealthCheckResponse probe() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(QUERY_TIMEOUT_SECONDS) ? up()
                    : down("the connection did not answer within " + QUERY_TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return down(e.getMessage());
        }
    }
}
