package io.eventwire.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Database;
import io.eventwire.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's database goes away: every connection of the application is terminated and new ones are
 * refused (the test's own PostgreSQL, administered from its maintenance database, and always let in again).
 * /health says so within 5 s, orders are a 503 problem, and once connections are allowed again the pool
 * recovers by itself and an order goes all the way, through the payment retries too: their timer failed at every
 * tick of the outage, and Payara drops a timer whose callback fails twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final Duration TIMER_EXPUNGED_AFTER = Duration.ofSeconds(12);

    @ArquillianResource
    URL base;

    @Test
    void aDatabaseThatDropsAndRefusesConnectionsIsReportedAndTheApplicationRecovers() throws SQLException, InterruptedException {
        Outage outage = new Outage(new Http(base));
        String sku = outage.stock(10);
        outage.awaitHealthy(Outage.RECOVERY);
        String idempotencyKey = "database-outage-" + UUID.randomUUID();

        try (Connection admin = maintenanceConnection()) {
            String database = applicationDatabase();
            try {
                allowConnections(admin, database, false);
                terminateConnections(admin, database);

                JsonObject health = outage.awaitDown(Outage.DATABASE, Outage.DETECTION);
                assertEquals("DOWN", health.getString("status"));
                assertEquals("UP", Outage.statusOf(health, Outage.BROKER), "the broker is not blamed");

                Outage.assertUnavailable(outage.place(sku, idempotencyKey), "database");
                // Long enough for the payment retries' timer to fail, be redelivered 5 s later and fail again:
                // Payara's default for expunging a timer (ejb-timer-service max-redeliveries 1).
                Thread.sleep(TIMER_EXPUNGED_AFTER.toMillis());
            } finally {
                allowConnections(admin, database, true);
            }
        }

        outage.awaitHealthy(Outage.RECOVERY);
        outage.assertPlacedAndConfirmed(sku, idempotencyKey, "tok_flaky");
    }

    /** The database the server uses, from the JDBC URL the test run was given. */
    private static String applicationDatabase() {
        String path = URI.create(Database.url().substring("jdbc:".length())).getPath();
        return path.substring(1);
    }

    /** A connection to the cluster's "postgres" database, which stays reachable while the application's does not. */
    private static Connection maintenanceConnection() throws SQLException {
        return Database.connect(Database.url().replaceFirst("/[^/?]+(\\?.*)?$", "/postgres"));
    }

    private static void allowConnections(Connection admin, String database, boolean allowed) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" WITH ALLOW_CONNECTIONS " + allowed);
        }
    }

    private static void terminateConnections(Connection admin, String database) throws SQLException {
        try (PreparedStatement terminate = admin.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            terminate.executeQuery().close();
        }
    }
}
