package io.eventwire.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.eventwire.Eventually;
import io.eventwire.StockFixture;
import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.boundary.PlaceOrder;
import io.eventwire.order.entity.Order;
import io.eventwire.order.entity.OrderLine;
import io.eventwire.order.entity.OrderStatus;
import io.eventwire.replay.control.ReadModels;
import io.eventwire.replay.control.Replayer;
import io.eventwire.replay.entity.Replay;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Orders whose rows lost their outcome (an older backup restored) get it back from their events in the store. */
@ExtendWith(ArquillianExtension.class)
class OrderStatusesIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @Inject
    OrderService orders;

    @Inject
    StockFixture fixture;

    @Inject
    ReadModels readModels;

    @Inject
    Replayer replayer;

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    @Test
    void aRebuildRestoresTheOutcomesTheOrdersEventsRecord() throws SQLException {
        String sku = "S-" + UUID.randomUUID().toString().substring(0, 8);
        fixture.stock(sku, 10, new BigDecimal("3.00"));
        String confirmed = finish(place(sku, "tok_visa"));
        String declined = finish(place(sku, "tok_chargeDeclined"));
        forgetOutcome(confirmed);
        forgetOutcome(declined);
        assertEquals(OrderStatus.PENDING, orders.find(confirmed).orElseThrow().status());

        Replay rebuild = replayer.create(Replay.Kind.READ_MODEL, OrderStatuses.NAME,
                readModels.named(OrderStatuses.NAME).orElseThrow().source());
        replayer.run(rebuild.id());

        Order restored = Eventually.await(confirmed + " confirmed again", SAGA,
                () -> orders.find(confirmed).orElseThrow(), Order::isFinished);
        assertEquals(OrderStatus.CONFIRMED, restored.status());
        assertEquals(new BigDecimal("3.00"), restored.total());
        assertNull(restored.reason());
        Order cancelled = Eventually.await(declined + " cancelled again", SAGA,
                () -> orders.find(declined).orElseThrow(), Order::isFinished);
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals("PAYMENT_DECLINED", cancelled.reason());
    }

    private String place(String sku, String token) {
        return orders.place(new PlaceOrder("C-rebuild", "rebuild@example.com", List.of(new OrderLine(sku, 1)), token, null))
                .order().id();
    }

    private String finish(String orderId) {
        return Eventually.await("order " + orderId + " to finish", SAGA, () -> orders.find(orderId).orElseThrow(),
                Order::isFinished).id();
    }

    /** What restoring a backup from before the outcome would leave. */
    private void forgetOutcome(String orderId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE orders SET status = 'PENDING', reason = NULL, total = NULL WHERE id = ?")) {
            update.setString(1, orderId);
            assertEquals(1, update.executeUpdate());
        }
    }
}
