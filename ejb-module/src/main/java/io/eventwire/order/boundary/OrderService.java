package io.eventwire.order.boundary;

import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.OrderPlaced;
import io.eventwire.order.entity.Order;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Places and reads orders. Placing one stores it, appends OrderPlaced and publishes it, all in one transaction. */
@Stateless
public class OrderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventPublisher events;

    /** What placing returned: the order, and whether this call created it or an earlier one with the same key. */
    public record Placement(Order order, boolean created) {
    }

    public Placement place(PlaceOrder command) {
        Optional<Order> earlier = byIdempotencyKey(command.idempotencyKey());
        if (earlier.isPresent()) {
            return new Placement(earlier.get(), false);
        }
        Order order = new Order(command.customerId(), command.email(), command.paymentToken(), command.lines(),
                command.idempotencyKey());
        em.persist(order);
        List<OrderPlaced.Item> items = order.lines().stream()
                .map(line -> new OrderPlaced.Item(line.sku(), line.quantity()))
                .toList();
        events.publish(new OrderPlaced(order.id(), order.customerId(), order.email(), items, order.paymentToken()),
                order.id(), null);
        return new Placement(order, true);
    }

    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(em.find(Order.class, orderId));
    }

    public List<Order> newestFirst(int first, int max) {
        return em.createNamedQuery(Order.NEWEST_FIRST, Order.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    private Optional<Order> byIdempotencyKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Order.BY_IDEMPOTENCY_KEY, Order.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }
}
