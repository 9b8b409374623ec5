package io.eventwire.inventory.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.MalformedEventException;
import io.eventwire.events.OrderPlaced;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Subscription {@code inventory.orders}: OrderPlaced → reserve every line or reject the order. */
@ApplicationScoped
public class InventoryOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "inventory.orders";

    public InventoryOrdersConsumer() {
        super(Topic.ORDERS, SUBSCRIPTION);
    }

    @Inject
    Stockroom stockroom;

    /** The SKUs every OrderPlaced of the batch names, locked together in SKU order. */
    @Override
    public void lockAhead(List<Message> batch) {
        Set<String> skus = new TreeSet<>();
        for (EventEnvelope event : readable(batch)) {
            if (EventJson.is(event, OrderPlaced.class)) {
                try {
                    List<OrderPlaced.Item> items = EventJson.payload(event, OrderPlaced.class).items();
                    if (items != null) {
                        items.forEach(item -> skus.add(item.sku()));
                    }
                } catch (MalformedEventException unreadable) {
                    // fails in its own delivery
                }
            }
        }
        stockroom.lockStock(skus);
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderPlaced.class)) {
            OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
            EventJson.requireNonEmpty("items", placed.items());
            stockroom.reserve(placed, event.eventId());
        }
    }
}
