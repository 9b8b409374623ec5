package io.eventwire.events;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/** Version 1: a customer placed an order; Inventory reserves its lines next. */
public record OrderPlaced(String orderId, String customerId, String email, List<Item> items, String paymentToken)
        implements DomainEvent {

    public static final String TYPE = "OrderPlaced";

    public record Item(String sku, int quantity) {
    }

    @Override
    @JsonbTransient
    public String eventType() {
        return TYPE;
    }

    @Override
    @JsonbTransient
    public int eventVersion() {
        return 1;
    }

    @Override
    @JsonbTransient
    public Topic topic() {
        return Topic.ORDERS;
    }

    @Override
    @JsonbTransient
    public String aggregateType() {
        return "Order";
    }

    @Override
    @JsonbTransient
    public String aggregateId() {
        return orderId;
    }
}
