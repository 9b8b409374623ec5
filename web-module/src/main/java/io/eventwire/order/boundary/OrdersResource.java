package io.eventwire.order.boundary;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.EventEnvelope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.annotation.Counted;

@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject
    OrderService orders;

    @Inject
    EventStore eventStore;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"client", "operator"})
    @Counted(name = "orders_placed_requests", absolute = true, description = "POST /api/orders calls accepted")
    public Response place(@NotNull(message = "a JSON body is required") @Valid PlaceOrderRequest request,
                          @HeaderParam("Idempotency-Key") String idempotencyKey) {
        OrderService.Placement placement = orders.place(request.toCommand(blankToNull(idempotencyKey)));
        String orderId = placement.order().id();
        Map<String, String> body = Map.of("orderId", orderId, "status", placement.order().status().name());
        if (!placement.created()) {
            return Response.ok(body).build();
        }
        return Response.accepted(body).location(URI.create("/api/orders/" + orderId)).build();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({"client", "operator", "viewer"})
    public OrderView get(@PathParam("orderId") String orderId) {
        return orders.find(orderId).map(OrderView::of)
                .orElseThrow(() -> new NotFoundException("no order " + orderId));
    }

    @GET
    @Path("{orderId}/events")
    @RolesAllowed({"client", "operator", "viewer"})
    public List<EventEnvelope> events(@PathParam("orderId") String orderId) {
        if (orders.find(orderId).isEmpty()) {
            throw new NotFoundException("no order " + orderId);
        }
        return eventStore.forCorrelation(orderId).stream().map(StoredEvent::envelope).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
