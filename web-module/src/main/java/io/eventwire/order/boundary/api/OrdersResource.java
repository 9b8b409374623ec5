package io.eventwire.order.boundary.api;

import io.eventwire.events.EventEnvelope;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.order.boundary.OrderService;
import io.eventwire.platform.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
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
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.annotation.Counted;

@Path("orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_IDEMPOTENCY_KEY = 128;
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_IDEMPOTENCY_KEY + "}");

    @Inject
    OrderService orders;

    @Inject
    EventStore eventStore;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"client", "operator"})
    @Counted(name = "orders_placed_requests", absolute = true, description = "POST /api/orders calls accepted")
    public Response place(@NotNull(message = "a JSON body is required") @Valid PlaceOrderRequest request,
                          @HeaderParam(IDEMPOTENCY_KEY) List<String> idempotencyKey) {
        OrderService.Placement placement = orders.place(request.toCommand(idempotencyKey(idempotencyKey)));
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
        return orders.find(orderId).map(OrderView::of).orElseThrow(() -> unknown(orderId));
    }

    @GET
    @Path("{orderId}/events")
    @RolesAllowed({"client", "operator", "viewer"})
    public List<EventEnvelope> events(@PathParam("orderId") String orderId) {
        if (orders.find(orderId).isEmpty()) {
            throw unknown(orderId);
        }
        return eventStore.forCorrelation(orderId).stream().map(StoredEvent::envelope).toList();
    }

    /**
     * Absent, or one value of 1 to {@value #MAX_IDEMPOTENCY_KEY} visible ASCII characters (a UUID fits): anything
     * else would be stored as something the client did not send, or not fit the column.
     */
    private static String idempotencyKey(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequestException(Problem.badRequest(IDEMPOTENCY_KEY, "must be sent once"));
        }
        if (!VISIBLE_ASCII.matcher(values.get(0)).matches()) {
            throw new BadRequestException(Problem.badRequest(IDEMPOTENCY_KEY,
                    "must be 1 to " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters (e.g. a UUID)"));
        }
        return values.get(0);
    }

    private static NotFoundException unknown(String orderId) {
        return new NotFoundException(Problem.notFound("No order " + orderId + "."));
    }
}
