package io.eventwire.console;

import io.eventwire.events.Money;
import io.eventwire.inventory.boundary.StaleStock;
import io.eventwire.inventory.boundary.Stockroom;
import io.eventwire.inventory.entity.Stock;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.primefaces.event.RowEditEvent;

/**
 * Stock of every SKU. An operator edits a row's available units and price; saving goes through
 * {@link Stockroom#put}, the same path as PUT /api/inventory/{sku}, so it emits StockChanged the same way. The
 * edit names the version the page read, so it never overwrites what reservations or another operator did since.
 */
@Named
@ViewScoped
public class InventoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One SKU as the table shows and edits it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String sku;
        private final int reserved;
        private final long version;
        private Integer available;
        private String price;

        Row(Stock stock) {
            this.sku = stock.sku();
            this.reserved = stock.reserved();
            this.version = stock.version();
            this.available = stock.available();
            this.price = Money.format(stock.price());
        }

        public String getSku() {
            return sku;
        }

        public int getReserved() {
            return reserved;
        }

        public Integer getAvailable() {
            return available;
        }

        public void setAvailable(Integer available) {
            this.available = available;
        }

        public String getPrice() {
            return price;
        }

        public void setPrice(String price) {
            this.price = price;
        }
    }

    @Inject
    Stockroom stockroom;

    @Inject
    Caller caller;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = stockroom.all().stream().map(Row::new).toList();
        }
        return rows;
    }

    /** Saves the edit unless the row changed since the page read it: then it says so, with the figures now. */
    public void save(RowEditEvent<Row> event) {
        Row row = event.getObject();
        if (caller.mayAct()) {
            try {
                stockroom.put(row.getSku(), row.getAvailable(), Money.parse(row.getPrice()), OptionalLong.of(row.version));
                message(FacesMessage.SEVERITY_INFO, row.getSku() + " saved", "StockChanged published.");
            } catch (StaleStock stale) {
                Stock now = stale.current();
                message(FacesMessage.SEVERITY_WARN, row.getSku() + " was not saved",
                        "It changed since this page read it: now " + now.available() + " available, " + now.reserved()
                                + " reserved, price " + Money.format(now.price()) + ". Edit the current figures.");
            }
        }
        rows = null; // show what the database holds now, whether saved or refused
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
