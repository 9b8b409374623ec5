import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** How many orders the store holds: read once before and once after the measured window, never during it. */
final class Database {

    private final Options options;

    Database(Options options) {
        this.options = options;
    }

    long storedOrders() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", options.dbUser());
        properties.setProperty("password", options.dbPassword());
        properties.setProperty("ApplicationName", "eventwire-bench");
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(options.dbUrl(), properties);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM orders")) {
            count.next();
            return count.getLong(1);
        }
    }
}
