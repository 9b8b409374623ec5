package io.eventwire;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Stocks a test's own SKU straight in the table. In-container tests have no caller, and Stockroom.put wants an
 * operator; what they test is the saga, not stocking (InventoryResourceIT and InventoryPageIT test that).
 */
@Stateless
public class StockFixture {

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    public void stock(String sku, int available, BigDecimal price) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO stock (sku, available, reserved, price) VALUES (?, ?, 0, ?)")) {
            insert.setString(1, sku);
            insert.setInt(2, available);
            insert.setBigDecimal(3, price);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stock " + sku, e);
        }
    }
}
