package io.eventwire.inventory.boundary.api;

import io.eventwire.events.Money;
import io.eventwire.inventory.entity.Stock;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** GET /api/inventory/{sku} (CONTRACT §3). */
@JsonbPropertyOrder({"sku", "available", "reserved", "price"})
public record StockView(String sku, int available, int reserved, String price) {

    static StockView of(Stock stock) {
        return new StockView(stock.sku(), stock.available(), stock.reserved(), Money.format(stock.price()));
    }
}
