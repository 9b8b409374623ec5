package io.eventwire.order.boundary;

import io.eventwire.order.entity.OrderLine;
import java.util.List;

/**
 * A validated request to place an order, from any channel. {@code idempotencyKey} (web) and {@code legacyRef}
 * (legacy) each make a repeat answer with the first order; a command has at most one of them.
 */
public record PlaceOrder(String customerId, String email, List<OrderLine> lines, String paymentToken,
                         String idempotencyKey, String legacyRef) {

    /** An order from the web channel. */
    public PlaceOrder(String customerId, String email, List<OrderLine> lines, String paymentToken,
                      String idempotencyKey) {
        this(customerId, email, lines, paymentToken, idempotencyKey, null);
    }

    public static PlaceOrder legacy(String legacyRef, String customerId, String email, List<OrderLine> lines,
                                    String paymentToken) {
        return new PlaceOrder(customerId, email, lines, paymentToken, null, legacyRef);
    }
}
