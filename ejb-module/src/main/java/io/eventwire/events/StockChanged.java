package io.eventwire.events;

/** Version 1: an operator set a SKU's stock or price. */
@Published(Topic.INVENTORY)
public record StockChanged(String sku, int available, int reserved, String price) implements DomainEvent {
}
