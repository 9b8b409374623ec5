package io.eventwire.events;

/** Version 1: the customer was told about the order's outcome. */
@Published(Topic.NOTIFICATIONS)
public record NotificationSent(String orderId, String channel, String template, String recipient) implements DomainEvent {
}
