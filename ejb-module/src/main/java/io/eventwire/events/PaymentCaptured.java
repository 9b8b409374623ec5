package io.eventwire.events;

/** Version 1: the gateway captured {@code amount}. */
@Published(Topic.PAYMENTS)
public record PaymentCaptured(String orderId, String paymentId, String amount) implements DomainEvent {
}
