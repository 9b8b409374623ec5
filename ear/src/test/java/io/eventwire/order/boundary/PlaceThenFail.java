package io.eventwire.order.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/** A caller whose transaction fails after the order was stored and OrderPlaced was sent. */
@Stateless
public class PlaceThenFail {

    @Inject
    OrderService orders;

    public void placeThenFail(PlaceOrder command, Consumer<String> placedOrderId) {
        placedOrderId.accept(orders.place(command).order().id());
        throw new IllegalStateException("failing after OrderPlaced was sent");
    }
}
