package io.eventwire.events;

import java.util.List;

/** Version 1: every line of the order is held at the prices shown; Payment charges {@code total}. */
@Published(Topic.INVENTORY)
public record InventoryReserved(String orderId, List<Line> lines, String total) implements DomainEvent {

    public record Line(String sku, int quantity, String unitPrice) {
    }
}
