import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The application's PostgreSQL, read directly: the accounting never asks the API. Our own sessions are named
 * {@value #APPLICATION_NAME}, so that killing "the application's connections" spares them.
 */
final class Database {

    static final String APPLICATION_NAME = "eventwire-chaos";

    private final Options options;

    Database(Options options) {
        this.options = options;
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", options.dbUser());
        properties.setProperty("password", options.dbPassword());
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(options.dbUrl(), properties);
    }

    /** pg_terminate_backend of every session of the application's user on its database but ours; how many. */
    int terminateApplicationSessions() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet terminated = statement.executeQuery("""
                     SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
                     WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()
                       AND application_name IS DISTINCT FROM '""" + APPLICATION_NAME + "'")) {
            terminated.next();
            return terminated.getInt(1);
        }
    }
}
