package io.eventwire.inventory.boundary.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of PUT /api/inventory/{sku}: {"available":100,"price":"19.99"}. */
public record StockRequest(
        @NotNull @Min(0) @Max(1_000_000_000) Integer available,
        @NotNull @Pattern(regexp = "\\d{1,12}(\\.\\d{1,2})?", message = "must be a decimal amount like 19.99") String price) {
}
