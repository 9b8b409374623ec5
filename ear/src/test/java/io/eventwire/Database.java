package io.eventwire;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The test database, as a client outside the server reaches it: the JDBC URL and account the test run was given. */
public final class Database {

    private Database() {
    }

    public static String url() {
        return System.getProperty("eventwire.db.url");
    }

    public static Connection connect() throws SQLException {
        return connect(url());
    }

    /** The same cluster and account, another URL (another database of the cluster). */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("eventwire.db.user"),
                System.getProperty("eventwire.db.password"));
    }
}
