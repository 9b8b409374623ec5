package io.eventwire.payment.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.InventoryReserved;
import io.eventwire.events.Money;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Subscription {@code payment.inventory}: InventoryReserved → charge its total. */
@ApplicationScoped
public class PaymentInventoryConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "payment.inventory";

    public PaymentInventoryConsumer() {
        super(Topic.INVENTORY, SUBSCRIPTION);
    }

    @Inject
    Cashier cashier;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, InventoryReserved.class)) {
            InventoryReserved reserved = EventJson.payload(event, InventoryReserved.class);
            cashier.stockReserved(reserved.orderId(), Money.parse(reserved.total()), event.eventId());
        }
    }
}
