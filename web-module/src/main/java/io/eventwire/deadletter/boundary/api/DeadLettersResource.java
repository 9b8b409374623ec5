package io.eventwire.deadletter.boundary.api;

import io.eventwire.deadletter.boundary.DeadLetters;
import io.eventwire.deadletter.entity.DeadLetter;
import io.eventwire.platform.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The dead-letter queue for scripts: list (operator, viewer), retry to the original queue and delete (operator). */
@Path("admin/dlq")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @RolesAllowed({"operator", "viewer"})
    public List<DeadLetter> all() {
        return deadLetters.all();
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed("operator")
    public Response retry(@PathParam("id") String id) {
        return deadLetters.retry(id) ? Response.noContent().build() : unknown(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("operator")
    public Response delete(@PathParam("id") String id) {
        return deadLetters.delete(id) ? Response.noContent().build() : unknown(id);
    }

    private static Response unknown(String id) {
        return Problem.notFound("No dead letter " + id + " (already retried or deleted?). GET /api/admin/dlq lists them.");
    }
}
