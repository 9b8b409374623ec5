package io.eventwire.events;

/** Version 1: the order ended without a sale; {@code reason} is one of CONTRACT §3's reasons. */
@Published(Topic.ORDERS)
public record OrderCancelled(String orderId, String reason) implements DomainEvent {
}
