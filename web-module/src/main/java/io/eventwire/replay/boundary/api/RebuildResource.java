package io.eventwire.replay.boundary.api;

import io.eventwire.replay.boundary.Replays;
import io.eventwire.replay.boundary.UnknownTargetException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** POST /api/admin/rebuild/{readModel} (operator): 202, progress at GET /api/admin/replay/{id} like a replay's. */
@Path("admin/rebuild/{readModel}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    @Inject
    Replays replays;

    @POST
    @RolesAllowed("operator")
    public Response rebuild(@PathParam("readModel") String readModel) {
        try {
            return ReplayView.accepted(replays.rebuild(readModel));
        } catch (UnknownTargetException e) {
            return ReplayView.unknown(e, "readModel");
        }
    }
}
