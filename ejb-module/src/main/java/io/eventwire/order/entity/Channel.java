package io.eventwire.order.entity;

/** Where an order came from: the HTTP API, or a legacy system's record on legacy.orders.in. */
public enum Channel {
    WEB, LEGACY
}
