package io.eventwire.legacy.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderCancelled;
import io.eventwire.events.OrderConfirmed;
import io.eventwire.events.Topic;
import io.eventwire.legacy.control.LegacyDesk;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Subscription {@code legacy.orders}: a legacy order confirmed or cancelled sends its legacy system a status record. */
@ApplicationScoped
public class LegacyOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "legacy.orders";

    public LegacyOrdersConsumer() {
        super(Topic.ORDERS, SUBSCRIPTION);
    }

    @Inject
    LegacyDesk desk;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderConfirmed.class) || EventJson.is(event, OrderCancelled.class)) {
            desk.changed(event.aggregateId());
        }
    }
}
