package io.eventwire.events;

/** Version 1: the units reserved for a failed payment are available again. */
@Published(Topic.INVENTORY)
public record InventoryReleased(String orderId) implements DomainEvent {
}
