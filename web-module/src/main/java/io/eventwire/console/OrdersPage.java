package io.eventwire.console;

import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.entity.Order;
import io.eventwire.order.entity.OrderStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The order list: newest first, a page at a time, narrowed by the filter form above it. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    private OrderStatus status;
    private String customerId;
    private String legacyRef;
    private LocalDateTime placedFrom;
    private LocalDateTime placedBefore;

    private final PageModel<Order> page = new PageModel<>(
            () -> orders.count(filter()), (first, max) -> orders.newestFirst(filter(), first, max), Order::id);

    OrderService.Filter filter() {
        return new OrderService.Filter(status, Formats.blankToNull(customerId), Formats.blankToNull(legacyRef),
                Formats.utc(placedFrom), Formats.utc(placedBefore));
    }

    public PageModel<Order> getPage() {
        return page;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getLegacyRef() {
        return legacyRef;
    }

    public void setLegacyRef(String legacyRef) {
        this.legacyRef = legacyRef;
    }

    public LocalDateTime getPlacedFrom() {
        return placedFrom;
    }

    public void setPlacedFrom(LocalDateTime placedFrom) {
        this.placedFrom = placedFrom;
    }

    public LocalDateTime getPlacedBefore() {
        return placedBefore;
    }

    public void setPlacedBefore(LocalDateTime placedBefore) {
        this.placedBefore = placedBefore;
    }
}
