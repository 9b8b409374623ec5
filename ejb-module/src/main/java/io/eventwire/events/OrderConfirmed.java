package io.eventwire.events;

/** Version 1: stock reserved and payment captured: the order is done. */
@Published(Topic.ORDERS)
public record OrderConfirmed(String orderId, String total) implements DomainEvent {
}
