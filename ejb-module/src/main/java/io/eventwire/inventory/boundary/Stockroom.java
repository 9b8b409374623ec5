package io.eventwire.inventory.boundary;

import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.InventoryRejected;
import io.eventwire.events.InventoryReleased;
import io.eventwire.events.InventoryReserved;
import io.eventwire.events.Money;
import io.eventwire.events.OrderPlaced;
import io.eventwire.events.StockChanged;
import io.eventwire.inventory.entity.Reservation;
import io.eventwire.inventory.entity.Stock;
import io.eventwire.messaging.control.NotYetVisible;
import io.eventwire.platform.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reserves, releases and ships stock. A reservation locks the order's SKUs in SKU order (no deadlocks
 * between orders) and takes every line or none, so concurrent orders for the last units never oversell.
 */
@Stateless
@DeclareRoles(Roles.OPERATOR)
public class Stockroom {

    /** How long a payment's outcome waits for a reservation whose transaction has not committed yet. */
    static final Duration IN_DOUBT = Duration.ofMinutes(10);

    public static final String UNKNOWN_SKU = "UNKNOWN_SKU";
    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";

    @PersistenceContext
    EntityManager em;

    @Inject
    EventPublisher events;

    public void reserve(OrderPlaced order, String causationId) {
        if (em.find(Reservation.class, order.orderId()) != null) {
            return;
        }
        Map<String, Integer> wanted = order.items().stream()
                .collect(Collectors.toMap(OrderPlaced.Item::sku, OrderPlaced.Item::quantity, Integer::sum, TreeMap::new));
        Map<String, Stock> stock = lockedStock(wanted.keySet());
        List<String> unknown = wanted.keySet().stream().filter(sku -> !stock.containsKey(sku)).toList();
        if (!unknown.isEmpty()) {
            events.publish(new InventoryRejected(order.orderId(), UNKNOWN_SKU, unknown), order.orderId(), causationId);
            return;
        }
        List<String> shortOf = wanted.keySet().stream().filter(sku -> !stock.get(sku).covers(wanted.get(sku))).toList();
        if (!shortOf.isEmpty()) {
            events.publish(new InventoryRejected(order.orderId(), OUT_OF_STOCK, shortOf), order.orderId(), causationId);
            return;
        }
        List<Reservation.Line> lines = wanted.entrySet().stream()
                .map(line -> new Reservation.Line(line.getKey(), line.getValue(), stock.get(line.getKey()).price()))
                .toList();
        lines.forEach(line -> stock.get(line.sku()).reserve(line.quantity()));
        Reservation reservation = new Reservation(order.orderId(), lines);
        em.persist(reservation);
        List<InventoryReserved.Line> reserved = lines.stream()
                .map(line -> new InventoryReserved.Line(line.sku(), line.quantity(), Money.format(line.unitPrice())))
                .toList();
        events.publish(new InventoryReserved(order.orderId(), reserved, Money.format(reservation.total())),
                order.orderId(), causationId);
    }

    /** Gives back exactly what the order held; a second release changes nothing. */
    public void release(String orderId, Instant decidedAt, String causationId) {
        Reservation reservation = held(orderId, decidedAt);
        if (reservation == null) {
            return;
        }
        Map<String, Stock> stock = lockedStock(skus(reservation));
        reservation.lines().forEach(line -> stock.get(line.sku()).release(line.quantity()));
        reservation.released();
        events.publish(new InventoryReleased(orderId), orderId, causationId);
    }

    /** The sale is done: the held units leave the warehouse. */
    public void ship(String orderId, Instant paidAt) {
        Reservation reservation = held(orderId, paidAt);
        if (reservation == null) {
            return;
        }
        Map<String, Stock> stock = lockedStock(skus(reservation));
        reservation.lines().forEach(line -> stock.get(line.sku()).ship(line.quantity()));
        reservation.shipped();
    }

    /**
     * The order's reservation while it still holds units; null once shipped or released. A payment's outcome follows
     * from the reservation's InventoryReserved, but XA commits the reservation's broker branch and its database
     * branch in no set order, and a branch in doubt commits only after recovery: the outcome can arrive before the
     * reservation is visible. It is waited for (not yet visible: redelivered, not counted) for {@link #IN_DOUBT};
     * an outcome that old with no reservation has none to act on.
     */
    private Reservation held(String orderId, Instant outcomeAt) {
        Reservation reservation = em.find(Reservation.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null && outcomeAt.plus(IN_DOUBT).isAfter(Instant.now())) {
            throw new NotYetVisible("no reservation for order " + orderId + " yet");
        }
        return reservation == null || !reservation.isHeld() ? null : reservation;
    }

    /** Creates or replaces a SKU's available units and price (operator), whatever the row holds now. */
    @RolesAllowed(Roles.OPERATOR)
    public Stock put(String sku, int available, BigDecimal price) {
        return put(sku, available, price, OptionalLong.empty());
    }

    /**
     * Replaces a SKU's figures if the row is still at the version they were read at, else {@link StaleStock}:
     * an edit of figures read earlier never overwrites what reservations or another operator changed since.
     */
    @RolesAllowed(Roles.OPERATOR)
    public Stock put(String sku, int available, BigDecimal price, OptionalLong readAtVersion) {
        Stock stock = em.find(Stock.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (stock != null && readAtVersion.isPresent() && stock.version() != readAtVersion.getAsLong()) {
            throw new StaleStock(stock, readAtVersion.getAsLong());
        }
        if (stock == null) {
            stock = new Stock(sku, available, price);
            em.persist(stock);
        } else {
            stock.replace(available, price);
        }
        events.publish(new StockChanged(sku, stock.available(), stock.reserved(), Money.format(price)),
                sku, null);
        return stock;
    }

    public Optional<Stock> find(String sku) {
        return Optional.ofNullable(em.find(Stock.class, sku));
    }

    public List<Stock> all() {
        return em.createNamedQuery(Stock.ALL, Stock.class).getResultList();
    }

    public Optional<Reservation> reservationFor(String orderId) {
        return Optional.ofNullable(em.find(Reservation.class, orderId));
    }

    /** Locks the rows of the SKUs, in SKU order, for a batch of deliveries about to reserve them. */
    public void lockStock(Collection<String> skus) {
        if (!skus.isEmpty()) {
            lockedStock(skus);
        }
    }

    /** Locks the rows of the SKUs the orders' reservations hold, in SKU order, for a batch about to ship or release. */
    public void lockReservedStock(Collection<String> orderIds) {
        if (!orderIds.isEmpty()) {
            List<?> skus = em.createNamedQuery(Reservation.SKUS_OF_ORDERS).setParameter("orders", orderIds)
                    .getResultList();
            lockStock(skus.stream().map(Object::toString).toList());
        }
    }

    /**
     * Locks the SKUs' rows in one statement, in SKU order: every reservation, release and shipment takes its rows in
     * the same order, so two orders never wait for each other in a cycle.
     */
    private Map<String, Stock> lockedStock(Collection<String> skus) {
        return em.createNamedQuery(Stock.LOCKED_BY_SKUS, Stock.class)
                .setParameter("skus", skus)
                .getResultList().stream()
                .collect(Collectors.toMap(Stock::sku, Function.identity()));
    }

    private static Set<String> skus(Reservation reservation) {
        return reservation.lines().stream().map(Reservation.Line::sku).collect(Collectors.toSet());
    }
}
