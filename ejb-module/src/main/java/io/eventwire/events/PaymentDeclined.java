package io.eventwire.events;

/** Version 1: the gateway refused the charge; not retried. */
@Published(Topic.PAYMENTS)
public record PaymentDeclined(String orderId, String reason) implements DomainEvent {
}
