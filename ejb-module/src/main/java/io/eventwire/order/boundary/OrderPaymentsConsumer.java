package io.eventwire.order.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.PaymentCaptured;
import io.eventwire.events.PaymentDeclined;
import io.eventwire.events.PaymentFailed;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Subscription {@code order.payments}: a captured payment confirms the order; a declined or failed one cancels it. */
@ApplicationScoped
public class OrderPaymentsConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "order.payments";

    public OrderPaymentsConsumer() {
        super(Topic.PAYMENTS, SUBSCRIPTION);
    }

    @Inject
    OrderService orders;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, PaymentCaptured.class)) {
            PaymentCaptured captured = EventJson.payload(event, PaymentCaptured.class);
            orders.confirm(captured.orderId(), captured.amount(), event.eventId());
        } else if (EventJson.is(event, PaymentDeclined.class)) {
            orders.cancel(event.aggregateId(), OrderService.PAYMENT_DECLINED, event.eventId());
        } else if (EventJson.is(event, PaymentFailed.class)) {
            orders.cancel(event.aggregateId(), OrderService.PAYMENT_FAILED, event.eventId());
        }
    }
}
