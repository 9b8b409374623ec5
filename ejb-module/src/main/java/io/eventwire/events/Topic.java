package io.eventwire.events;

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

    public String address() {
        return address;
    }

    public String aggregateType() {
        return aggregateType;
    }
}
