package io.eventwire.events;

import java.util.List;

/** Version 1: a customer placed an order; Inventory reserves its lines next. */
@Published(Topic.ORDERS)
public record OrderPlaced(String orderId, String customerId, String email, List<Item> items, String paymentToken) implements DomainEvent {

    public record Item(String sku, int quantity) {
    }
}
