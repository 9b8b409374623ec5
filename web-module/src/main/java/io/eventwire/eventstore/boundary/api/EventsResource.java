package io.eventwire.eventstore.boundary.api;

import io.eventwire.events.EventJson;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /api/events (CONTRACT §3): the event store in sequence order, as envelopes with their {@code sequence}.
 * Paging with {@code afterSequence} = the last sequence received sees every event once, however late its
 * transaction commits (EventStore.search).
 */
@Path("events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventStore eventStore;

    @GET
    @RolesAllowed({"operator", "viewer"})
    public JsonArray search(@QueryParam("type") String type,
                            @QueryParam("correlationId") String correlationId,
                            @QueryParam("afterSequence") @DefaultValue("0") @Min(0) long afterSequence,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        JsonArrayBuilder page = Json.createArrayBuilder();
        for (StoredEvent event : eventStore.search(blankToNull(type), blankToNull(correlationId), afterSequence, limit)) {
            page.add(Json.createObjectBuilder()
                    .add("sequence", event.sequence())
                    .addAll(Json.createObjectBuilder(EventJson.object(EventJson.toJson(event.envelope())))));
        }
        return page.build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
