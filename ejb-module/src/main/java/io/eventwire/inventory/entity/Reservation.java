package io.eventwire.inventory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What Inventory holds for one order, so that it releases or ships exactly that. */
@Entity
@Table(name = "reservation")
@NamedNativeQuery(name = Reservation.SKUS_OF_ORDERS,
        query = "SELECT DISTINCT sku FROM reservation_line WHERE order_id IN (:orders)")
public class Reservation {

    public static final String SKUS_OF_ORDERS = "Reservation.skusOfOrders";

    public enum Status { RESERVED, RELEASED, SHIPPED }

    @Embeddable
    public record Line(@Column(name = "sku") String sku,
                       @Column(name = "quantity") int quantity,
                       @Column(name = "unit_price") BigDecimal unitPrice) {
    }

    @Id
    @Column(name = "order_id")
    private String orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_line", joinColumns = @JoinColumn(name = "order_id"))
    private List<Line> lines = new ArrayList<>();

    protected Reservation() {
    }

    public Reservation(String orderId, List<Line> lines) {
        this.orderId = orderId;
        this.lines = new ArrayList<>(lines);
        this.status = Status.RESERVED;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal total() {
        return lines.stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Status status() {
        return status;
    }

    public boolean isHeld() {
        return status == Status.RESERVED;
    }

    public void released() {
        status = Status.RELEASED;
    }

    public void shipped() {
        status = Status.SHIPPED;
    }
}
