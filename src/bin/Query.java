import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One SQL statement through JDBC, for src/bin/eventwire where no PostgreSQL client program may be installed:
 * {@code java -cp postgresql.jar Query.java URL USER PASSWORD SQL} prints each row on a line, columns
 * separated by tabs. Connecting and the statement are bounded (10 s each).
 */
public class Query {

    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            System.err.println("usage: Query URL USER PASSWORD SQL");
            System.exit(2);
        }
        Properties properties = new Properties();
        properties.setProperty("user", args[1]);
        properties.setProperty("password", args[2]);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "20");
        try (var connection = DriverManager.getConnection(args[0], properties);
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(10);
            if (statement.execute(args[3])) {
                print(statement.getResultSet());
            }
        } catch (SQLException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void print(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= columns; column++) {
                line.append(column > 1 ? "\t" : "").append(rows.getString(column));
            }
            System.out.println(line);
        }
    }
}
