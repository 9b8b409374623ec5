package io.eventwire.events;

import java.util.List;

/** Version 1: nothing was reserved: {@code reason} UNKNOWN_SKU or OUT_OF_STOCK for {@code skus}. */
@Published(Topic.INVENTORY)
public record InventoryRejected(String orderId, String reason, List<String> skus) implements DomainEvent {
}
