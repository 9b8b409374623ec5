package io.eventwire.events;

/** Version 1: the gateway kept failing; given up after {@code attempts} attempts. */
@Published(Topic.PAYMENTS)
public record PaymentFailed(String orderId, String reason, int attempts) implements DomainEvent {
}
