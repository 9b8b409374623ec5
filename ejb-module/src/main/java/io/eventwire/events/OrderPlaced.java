package io.eventwire.events;

import java.util.List;

/**
 * Version 2: a customer placed an order; Inventory reserves its lines next. Version 2 added {@code channel}
 * ({@code WEB} or {@code LEGACY}); version-1 events are upcast on reading ({@link Upcaster}).
 */
@Published(Topic.ORDERS)
public record OrderPlaced(String orderId, String customerId, String email, List<Item> items, String paymentToken,
                          String channel) implements DomainEvent {

    public static final String WEB = "WEB";

    public record Item(String sku, int quantity) {
    }

    @Override
    public int eventVersion() {
        return 2;
    }
}
