package io.eventwire.payment.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderPlaced;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Subscription {@code payment.orders}: OrderPlaced tells Payment which token to charge. */
@MessageDriven
public class PaymentOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "payment.orders";

    public PaymentOrdersConsumer() {
        super(SUBSCRIPTION);
    }

    @Inject
    Cashier cashier;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderPlaced.class)) {
            OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
            cashier.orderPlaced(placed.orderId(), placed.paymentToken(), event.eventId());
        }
    }
}
