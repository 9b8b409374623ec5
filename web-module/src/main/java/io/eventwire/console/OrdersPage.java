package io.eventwire.console;

import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.entity.Order;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The console's order list, newest first. */
@Named
@RequestScoped
public class OrdersPage {

    static final int PAGE_SIZE = 50;

    @Inject
    OrderService orders;

    private List<Order> newest;

    public List<Order> getNewest() {
        if (newest == null) {
            newest = orders.newestFirst(0, PAGE_SIZE);
        }
        return newest;
    }
}
