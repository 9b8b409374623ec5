package io.eventwire.order.boundary.api;

import io.eventwire.order.boundary.PlaceOrder;
import io.eventwire.order.entity.OrderLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The JSON body of POST /api/orders (CONTRACT §3). */
public record PlaceOrderRequest(
        @NotBlank @Size(max = 64) String customerId,
        @NotBlank @Email @Size(max = 254) String email,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Item> items,
        @NotNull @Valid Payment payment) {

    public record Item(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(99999) Integer quantity) {
    }

    /** Only a gateway token ever reaches us, never card data. */
    public record Payment(@NotBlank @Pattern(regexp = "tok_[A-Za-z0-9_]{1,60}", message = "must be a payment token tok_…")
                          String token) {
    }

    PlaceOrder toCommand(String idempotencyKey) {
        List<OrderLine> lines = items.stream().map(item -> new OrderLine(item.sku(), item.quantity())).toList();
        return new PlaceOrder(customerId, email, lines, payment.token(), idempotencyKey);
    }
}
