package io.eventwire.order.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "orders")
@NamedQuery(name = Order.COUNT_BY_STATUS, query = "SELECT o.status, COUNT(o) FROM Order o GROUP BY o.status")
public class Order {

    public static final String COUNT_BY_STATUS = "Order.countByStatus";

    @Id
    private String id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(nullable = false)
    private String email;

    @Column(name = "payment_token", nullable = false)
    private String paymentToken;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    private String reason;

    private BigDecimal total;

    @Column(name = "idempotency_key", unique = true)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    /** The legacy system's own reference: a second record with it is the same order. */
    @Column(name = "legacy_ref", unique = true)
    private String legacyRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Order() {
    }

    public Order(String customerId, String email, String paymentToken, List<OrderLine> lines, String idempotencyKey,
                 String legacyRef) {
        this.id = UUID.randomUUID().toString();
        this.channel = legacyRef == null ? Channel.WEB : Channel.LEGACY;
        this.legacyRef = legacyRef;
        this.customerId = customerId;
        this.email = email;
        this.paymentToken = paymentToken;
        this.lines = new ArrayList<>(lines);
        this.idempotencyKey = idempotencyKey;
        this.status = OrderStatus.PENDING;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public boolean isFinished() {
        return status != OrderStatus.PENDING;
    }

    /** The prices the reservation fixed: a fact of the reservation, not a change of the order. */
    public void price(Map<String, BigDecimal> unitPrices, BigDecimal total) {
        lines.forEach(line -> line.price(unitPrices.get(line.sku())));
        this.total = total;
    }

    public void confirm(BigDecimal total) {
        finish(OrderStatus.CONFIRMED, null);
        this.total = total;
    }

    public void cancel(String reason) {
        finish(OrderStatus.CANCELLED, reason);
    }

    /** The outcome the order's own events recorded, whatever the row says (a rebuild from the event store). */
    public void restore(OrderStatus status, String reason, BigDecimal total) {
        this.status = status;
        this.reason = reason;
        this.total = total == null ? this.total : total;
        this.updatedAt = Instant.now();
    }

    private void finish(OrderStatus status, String reason) {
        if (isFinished()) {
            throw new IllegalStateException("order " + id + " is already " + this.status);
        }
        this.status = status;
        this.reason = reason;
        this.updatedAt = Instant.now();
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public String email() {
        return email;
    }

    public String paymentToken() {
        return paymentToken;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public OrderStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public BigDecimal total() {
        return total;
    }

    public Channel channel() {
        return channel;
    }

    public String legacyRef() {
        return legacyRef;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
