package io.eventwire.order.entity;

public enum OrderStatus {
    PENDING, CONFIRMED, CANCELLED
}
