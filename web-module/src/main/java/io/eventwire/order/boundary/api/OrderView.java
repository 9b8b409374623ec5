package io.eventwire.order.boundary.api;

import io.eventwire.events.Money;
import io.eventwire.order.entity.Order;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * GET /api/orders/{id} (CONTRACT §3): money as two-decimal strings, null until stock is reserved. Added to the
 * contract's shape: {@code channel} (WEB or LEGACY) and the legacy system's {@code legacyRef} (null for web orders).
 */
@JsonbNillable
@JsonbPropertyOrder({"orderId", "customerId", "email", "status", "reason", "items", "total", "createdAt", "updatedAt",
        "channel", "legacyRef"})
public record OrderView(String orderId, String customerId, String email, String status, String reason,
                        List<Line> items, String total, String createdAt, String updatedAt,
                        String channel, String legacyRef) {

    @JsonbNillable
    @JsonbPropertyOrder({"sku", "quantity", "unitPrice"})
    public record Line(String sku, int quantity, String unitPrice) {
    }

    static OrderView of(Order order) {
        List<Line> lines = order.lines().stream()
                .map(line -> new Line(line.sku(), line.quantity(), Money.format(line.unitPrice())))
                .toList();
        return new OrderView(order.id(), order.customerId(), order.email(), order.status().name(), order.reason(),
                lines, Money.format(order.total()), order.createdAt().toString(), order.updatedAt().toString(),
                order.channel().name(), order.legacyRef());
    }
}
