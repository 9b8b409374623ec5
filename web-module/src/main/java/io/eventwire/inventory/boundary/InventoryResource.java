package io.eventwire.inventory.boundary;

import io.eventwire.events.Money;
import io.eventwire.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("inventory/{sku}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    Stockroom stockroom;

    @GET
    @RolesAllowed({"client", "operator", "viewer"})
    public StockView get(@PathParam("sku") String sku) {
        return stockroom.find(sku).map(StockView::of).orElseThrow(
                () -> new NotFoundException(Problem.notFound("No SKU " + sku + ".")));
    }

    /** Creates or replaces the SKU's available units and price, and publishes StockChanged. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    public StockView put(@PathParam("sku") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, . _ -") String sku,
                         @NotNull(message = "a JSON body is required") @Valid StockRequest request) {
        return StockView.of(stockroom.put(sku, request.available(), Money.parse(request.price())));
    }
}
