package io.eventwire.legacy.control;

import io.eventwire.order.entity.Order;

/**
 * The FIXED record sent on legacy.orders.status: {@code STS} legacyRef(12) orderId(36) status(10) reason(20),
 * left-justified and space-padded (CONTRACT §5).
 */
public record StatusRecord(String legacyRef, String orderId, Status status, String reason) {

    public enum Status {
        ACCEPTED, CONFIRMED, CANCELLED, REJECTED
    }

    /** Where an order stands, as its legacy system sees it: a pending order has been ACCEPTED. */
    public static StatusRecord of(Order order) {
        return switch (order.status()) {
            case PENDING -> new StatusRecord(order.legacyRef(), order.id(), Status.ACCEPTED, null);
            case CONFIRMED -> new StatusRecord(order.legacyRef(), order.id(), Status.CONFIRMED, null);
            case CANCELLED -> new StatusRecord(order.legacyRef(), order.id(), Status.CANCELLED, order.reason());
        };
    }

    public String text() {
        return "STS" + pad(legacyRef, 12) + pad(orderId, 36) + pad(status.name(), 10) + pad(reason, 20);
    }

    private static String pad(String value, int width) {
        String shown = value == null ? "" : value.length() > width ? value.substring(0, width) : value;
        return shown + " ".repeat(width - shown.length());
    }
}
