package io.eventwire.console;

import io.eventwire.events.Money;
import io.eventwire.inventory.boundary.Stockroom;
import io.eventwire.inventory.entity.Stock;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.RowEditEvent;

/**
 * Stock of every SKU. An operator edits a row's available units and price; saving goes through
 * {@link Stockroom#put}, the same path as PUT /api/inventory/{sku}, so it emits StockChanged the same way.
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
        private Integer available;
        private String price;

        Row(Stock stock) {
            this.sku = stock.sku();
            this.reserved = stock.reserved();
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

    public void save(RowEditEvent<Row> event) {
        Row row = event.getObject();
        if (caller.mayAct()) {
            stockroom.put(row.getSku(), row.getAvailable(), Money.parse(row.getPrice()));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    row.getSku() + " saved", "StockChanged published."));
        }
        rows = null; // show what the database holds now, whether saved or refused
    }
}
