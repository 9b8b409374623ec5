package io.eventwire.inventory.boundary;

import io.eventwire.inventory.entity.Stock;
import jakarta.ejb.ApplicationException;

/**
 * An edit of a SKU's figures that were read at an older version: reservations, shipments or another operator
 * changed the row since, and the edit would overwrite that. It carries the row as it is now.
 */
@ApplicationException(rollback = true)
public class StaleStock extends RuntimeException {

    private final transient Stock current;

    public StaleStock(Stock current, long expectedVersion) {
        super(current.sku() + " changed since it was read (version " + expectedVersion + ", now " + current.version()
                + "): now " + current.available() + " available, " + current.reserved() + " reserved");
        this.current = current;
    }

    public Stock current() {
        return current;
    }
}
