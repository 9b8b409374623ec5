package io.eventwire.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** Units of one SKU: {@code available} to reserve, {@code reserved} for orders not yet finished. */
@Entity
@Table(name = "stock")
@NamedNativeQuery(name = Stock.LOCKED_BY_SKUS, resultClass = Stock.class,
        query = "SELECT * FROM stock WHERE sku IN (:skus) ORDER BY sku FOR NO KEY UPDATE")
@NamedQuery(name = Stock.ALL, query = "SELECT s FROM Stock s ORDER BY s.sku")
public class Stock {

    /**
     * The SKUs' rows, locked in one statement in SKU order. In SQL, not HQL: Hibernate translates a query with a list
     * parameter afresh on every call (about 2% of the server's samples), and would lock the rows only after reading
     * them ("follow-on locking").
     */
    public static final String LOCKED_BY_SKUS = "Stock.lockedBySkus";
    public static final String ALL = "Stock.all";

    @Id
    private String sku;

    @Column(nullable = false)
    private int available;

    @Column(nullable = false)
    private int reserved;

    @Column(nullable = false)
    private BigDecimal price;

    /** Counts every change of the row: what an edit of earlier-read figures is checked against. */
    @Version
    private long version;

    protected Stock() {
    }

    public Stock(String sku, int available, BigDecimal price) {
        this.sku = sku;
        this.available = available;
        this.price = price;
    }

    public void replace(int available, BigDecimal price) {
        this.available = available;
        this.price = price;
    }

    public boolean covers(int quantity) {
        return available >= quantity;
    }

    public void reserve(int quantity) {
        if (!covers(quantity)) {
            throw new IllegalStateException(sku + ": " + quantity + " wanted, " + available + " available");
        }
        available -= quantity;
        reserved += quantity;
    }

    public void release(int quantity) {
        reserved -= quantity;
        available += quantity;
    }

    public void ship(int quantity) {
        reserved -= quantity;
    }

    public String sku() {
        return sku;
    }

    public int available() {
        return available;
    }

    public int reserved() {
        return reserved;
    }

    public BigDecimal price() {
        return price;
    }

    public long version() {
        return version;
    }
}
