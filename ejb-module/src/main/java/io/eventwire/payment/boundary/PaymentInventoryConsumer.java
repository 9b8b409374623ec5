package io.eventwire.payment.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.InventoryReserved;
import io.eventwire.events.Money;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Subscription {@code payment.inventory}: InventoryReserved → charge its total. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "inventory::" + PaymentInventoryConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class PaymentInventoryConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "payment.inventory";

    @Inject
    Cashier cashier;

    @Override
    protected String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, InventoryReserved.class)) {
            InventoryReserved reserved = EventJson.payload(event, InventoryReserved.class);
            cashier.stockReserved(reserved.orderId(), Money.parse(reserved.total()), event.eventId());
        }
    }
}
