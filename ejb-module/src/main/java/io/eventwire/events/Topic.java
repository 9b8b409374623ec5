package io.eventwire.events;

import java.util.Arrays;

/** The multicast addresses events are published to, and the aggregate whose events each carries. */
public enum Topic {
    ORDERS("orders", "Order"),
    INVENTORY("inventory", "Inventory"),
    PAYMENTS("payments", "Payment"),
    NOTIFICATIONS("notifications", "Notification");

    private final String address;
    private final String aggregateType;

    Topic(String address, String aggregateType) {
        this.address = address;
        this.aggregateType = aggregateType;
    }

    /** The topic an aggregate's events are published to. */
    public static Topic carrying(String aggregateType) {
        return Arrays.stream(values()).filter(topic -> topic.aggregateType.equals(aggregateType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic carries " + aggregateType + " events"));
    }

    public String address() {
        return address;
    }

    public String aggregateType() {
        return aggregateType;
    }
}
