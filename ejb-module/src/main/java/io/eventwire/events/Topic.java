package io.eventwire.events;

/** The multicast addresses events are published to. */
public enum Topic {
    ORDERS("orders"),
    INVENTORY("inventory"),
    PAYMENTS("payments"),
    NOTIFICATIONS("notifications");

    private final String address;

    Topic(String address) {
        this.address = address;
    }

    public String address() {
        return address;
    }
}
