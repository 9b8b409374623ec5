package io.eventwire.replay.boundary.api;

import io.eventwire.platform.api.Problem;
import io.eventwire.replay.boundary.Replays;
import io.eventwire.replay.boundary.UnknownTargetException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Replays for scripts: start one (operator, 202 with its id and Location), then follow its or a rebuild's progress. */
@Path("admin/replay")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {

    @Inject
    Replays replays;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    public Response start(@NotNull(message = "a JSON body is required") @Valid ReplayRequest request) {
        try {
            return ReplayView.accepted(replays.start(request.subscription().strip(), request.selection()));
        } catch (UnknownTargetException e) {
            return ReplayView.unknown(e, "subscription");
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"operator", "viewer"})
    public Response progress(@PathParam("id") String id) {
        return replays.find(id).map(replay -> Response.ok(ReplayView.of(replay)).build())
                .orElseGet(() -> Problem.notFound("No replay " + id + "."));
    }
}
