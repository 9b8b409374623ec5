package io.eventwire.order.boundary;

import io.eventwire.order.entity.Order;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** GET /api/orders/{id} (CONTRACT §3): money as two-decimal strings, null until stock is reserved. */
@JsonbNillable
@JsonbPropertyOrder({"orderId", "customerId", "email", "status", "reason", "items", "total", "createdAt", "updatedAt"})
public record OrderView(String orderId, String customerId, String email, String status, String reason,
                        List<Line> items, String total, String createdAt, String updatedAt) {

    @JsonbNillable
    @JsonbPropertyOrder({"sku", "quantity", "unitPrice"})
    public record Line(String sku, int quantity, String unitPrice) {
    }

    static OrderView of(Order order) {
        List<Line> lines = order.lines().stream()
                .map(line -> new Line(line.sku(), line.quantity(), money(line.unitPrice())))
                .toList();
        return new OrderView(order.id(), order.customerId(), order.email(), order.status().name(), order.reason(),
                lines, money(order.total()), order.createdAt().toString(), order.updatedAt().toString());
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
