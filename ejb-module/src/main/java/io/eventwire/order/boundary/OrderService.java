package io.eventwire.order.boundary;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.InventoryReserved;
import io.eventwire.events.Money;
import io.eventwire.events.OrderCancelled;
import io.eventwire.events.OrderConfirmed;
import io.eventwire.events.OrderPlaced;
import io.eventwire.messaging.control.NotYetVisible;
import io.eventwire.order.entity.Order;
import io.eventwire.order.entity.OrderStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Places and reads orders. Placing one stores it, appends OrderPlaced and publishes it, all in one transaction. */
@Stateless
public class OrderService {

    public static final String PAYMENT_DECLINED = "PAYMENT_DECLINED";
    public static final String PAYMENT_FAILED = "PAYMENT_FAILED";
    /** Message property on an order's outcome: WEB or LEGACY (jms-config broker.xml, legacy.orders' filter). */
    public static final String CHANNEL = "channel";

    @PersistenceContext
    EntityManager em;

    @Inject
    EventPublisher events;

    @Inject
    EventStore eventStore;

    /** What the console's order list narrows by; a null field does not narrow. */
    public record Filter(OrderStatus status, String customerId, String legacyRef, Instant placedFrom,
                         Instant placedBefore) {
    }

    /** What placing returned: the order, and whether this call created it or an earlier one with the same key. */
    public record Placement(Order order, boolean created) {
    }

    /**
     * Insert-or-return: the order's request key (Idempotency-Key or legacy reference) is claimed before anything
     * else, so of concurrent placements with one key exactly one creates the order and the others, which wait on
     * the claim until it commits, return that order.
     */
    public Placement place(PlaceOrder command) {
        Order order = new Order(command.customerId(), command.email(), command.paymentToken(), command.lines(),
                command.idempotencyKey(), command.legacyRef());
        Optional<Order> earlier = claim(command.legacyRef() == null ? command.idempotencyKey() : command.legacyRef(), order);
        if (earlier.isPresent()) {
            return new Placement(earlier.get(), false);
        }
        em.persist(order);
        List<OrderPlaced.Item> items = order.lines().stream()
                .map(line -> new OrderPlaced.Item(line.sku(), line.quantity()))
                .toList();
        events.publish(new OrderPlaced(order.id(), order.customerId(), order.email(), items, order.paymentToken(),
                order.channel().name()), order.id(), null);
        return new Placement(order, true);
    }

    /** Payment captured: the order is done. A finished order never changes again. */
    public void confirm(String orderId, String amount, String causationId) {
        Order order = locked(orderId);
        if (order.isFinished()) {
            return;
        }
        priceFromReservation(order);
        order.confirm(Money.parse(amount));
        events.publish(new OrderConfirmed(orderId, Money.format(order.total())), orderId, causationId, routing(order));
    }

    public void cancel(String orderId, String reason, String causationId) {
        Order order = locked(orderId);
        if (order.isFinished()) {
            return;
        }
        priceFromReservation(order);
        order.cancel(reason);
        events.publish(new OrderCancelled(orderId, reason), orderId, causationId, routing(order));
    }

    /** Lets legacy.orders leave out the outcomes of web orders, which it would only look up and ignore. */
    private static Map<String, String> routing(Order order) {
        return Map.of(CHANNEL, order.channel().name());
    }

    /** The order as callers see it: while its payment is pending, with the prices its reservation fixed. */
    public Optional<Order> find(String orderId) {
        Optional<Order> order = Optional.ofNullable(em.find(Order.class, orderId));
        order.filter(found -> !found.isFinished() && found.total() == null).ifPresent(pending -> {
            em.detach(pending);
            priceFromReservation(pending);
        });
        return order;
    }

    /**
     * Order does not subscribe to InventoryReserved: that delivery, a two-phase commit of its own for every order,
     * only copied prices (performance.md). The reservation is read from the event store when the order finishes
     * or is read; it is there, since Payment acts only on stored events and Order only after Payment.
     */
    private void priceFromReservation(Order order) {
        if (order.total() != null) {
            return;
        }
        eventStore.first(order.id(), InventoryReserved.class)
                .ifPresent(reserved -> order.price(reserved.lines().stream().collect(Collectors.toMap(
                        InventoryReserved.Line::sku, line -> Money.parse(line.unitPrice()))),
                        Money.parse(reserved.total())));
    }

    /** A page of the orders the filter matches, newest first. */
    public List<Order> newestFirst(Filter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Order> query = cb.createQuery(Order.class);
        Root<Order> order = query.from(Order.class);
        query.where(matching(filter, cb, order)).orderBy(cb.desc(order.get("createdAt")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Order> order = query.from(Order.class);
        query.select(cb.count(order)).where(matching(filter, cb, order));
        return em.createQuery(query).getSingleResult();
    }

    /** How many orders are in each status; a status without orders counts 0. */
    public Map<OrderStatus, Long> countByStatus() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(Order.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((OrderStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static Predicate[] matching(Filter filter, CriteriaBuilder cb, Root<Order> order) {
        List<Predicate> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(cb.equal(order.get("status"), filter.status()));
        }
        if (filter.customerId() != null) {
            where.add(cb.equal(order.get("customerId"), filter.customerId()));
        }
        if (filter.legacyRef() != null) {
            where.add(cb.equal(order.get("legacyRef"), filter.legacyRef()));
        }
        if (filter.placedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(order.get("createdAt"), filter.placedFrom()));
        }
        if (filter.placedBefore() != null) {
            where.add(cb.lessThan(order.get("createdAt"), filter.placedBefore()));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Events about an order we do not have are not ours to drop: fail, so they are retried and kept. Seen after
     * crashes, while recovery still has to commit the order's own transaction in the database.
     */
    private Order locked(String orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotYetVisible("no order " + orderId);
        }
        return order;
    }

    /**
     * Claims the request key (of the order's channel) for the order, or returns the order that holds the claim. PostgreSQL makes a
     * conflicting insert wait for the claiming transaction: if that commits, ours inserts nothing and reads its
     * order; if it rolls back, ours claims the key.
     */
    private Optional<Order> claim(String key, Order order) {
        if (key == null) {
            return Optional.empty();
        }
        int claimed = em.createNativeQuery("INSERT INTO order_key (channel, request_key, order_id) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (channel, request_key) DO NOTHING")
                .setParameter(1, order.channel().name()).setParameter(2, key).setParameter(3, order.id())
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        String holder = (String) em.createNativeQuery(
                        "SELECT order_id FROM order_key WHERE channel = ?1 AND request_key = ?2")
                .setParameter(1, order.channel().name()).setParameter(2, key).getSingleResult();
        return find(holder);
    }
}
