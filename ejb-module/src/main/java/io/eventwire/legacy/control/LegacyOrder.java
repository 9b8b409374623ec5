package io.eventwire.legacy.control;

import io.eventwire.order.boundary.PlaceOrder;
import io.eventwire.order.entity.OrderLine;
import java.util.List;

/** A legacy record that passed validation, whatever its format. */
public record LegacyOrder(String legacyRef, String customerId, String email, String paymentToken, List<Item> items) {

    public record Item(String sku, int quantity) {
    }

    public PlaceOrder toCommand() {
        List<OrderLine> lines = items.stream().map(item -> new OrderLine(item.sku(), item.quantity())).toList();
        return PlaceOrder.legacy(legacyRef, customerId, email, lines, paymentToken);
    }
}
