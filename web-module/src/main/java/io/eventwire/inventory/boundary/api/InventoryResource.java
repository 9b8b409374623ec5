package io.eventwire.inventory.boundary.api;

import io.eventwire.events.Money;
import io.eventwire.inventory.boundary.StaleStock;
import io.eventwire.inventory.boundary.Stockroom;
import io.eventwire.inventory.entity.Stock;
import io.eventwire.platform.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;

@Path("inventory/{sku}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private static final java.util.regex.Pattern ETAG = java.util.regex.Pattern.compile("\"([0-9]{1,18})\"");

    @Inject
    Stockroom stockroom;

    @GET
    @RolesAllowed({"client", "operator", "viewer"})
    public Response get(@PathParam("sku") String sku) {
        Stock stock = stockroom.find(sku).orElseThrow(
                () -> new NotFoundException(Problem.notFound("No SKU " + sku + ".")));
        return Response.ok(StockView.of(stock)).tag(etag(stock)).build();
    }

    /**
     * Creates or replaces the SKU's available units and price, and publishes StockChanged. With {@code If-Match}
     * (the ETag of a GET) only if the row is unchanged since: else 412 with the figures now.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    public Response put(@PathParam("sku") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, . _ -") String sku,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull(message = "a JSON body is required") @Valid StockRequest request) {
        try {
            Stock stock = stockroom.put(sku, request.available(), Money.parse(request.price()), version(ifMatch));
            return Response.ok(StockView.of(stock)).tag(etag(stock)).build();
        } catch (StaleStock stale) {
            Stock now = stale.current();
            return Response.fromResponse(Problem.respond(Problem.of(Response.Status.PRECONDITION_FAILED,
                            "SKU " + sku + " changed since the If-Match version: now " + now.available()
                                    + " available, " + now.reserved() + " reserved, price " + Money.format(now.price())
                                    + "; GET it again and repeat the change.", List.of())))
                    .tag(etag(now)).build();
        }
    }

    private static EntityTag etag(Stock stock) {
        return new EntityTag(Long.toString(stock.version()));
    }

    private static OptionalLong version(String ifMatch) {
        if (ifMatch == null) {
            return OptionalLong.empty();
        }
        Matcher tag = ETAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new WebApplicationException(Problem.badRequest(HttpHeaders.IF_MATCH,
                    "must be the ETag of GET /api/inventory/{sku}, e.g. \"3\""));
        }
        return OptionalLong.of(Long.parseLong(tag.group(1)));
    }
}
