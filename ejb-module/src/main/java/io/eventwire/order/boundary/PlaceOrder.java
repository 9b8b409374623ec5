package io.eventwire.order.boundary;

import io.eventwire.order.entity.OrderLine;
import java.util.List;

/** A validated request to place an order, from any channel. */
public record PlaceOrder(String customerId, String email, List<OrderLine> lines, String paymentToken,
                         String idempotencyKey) {
}
