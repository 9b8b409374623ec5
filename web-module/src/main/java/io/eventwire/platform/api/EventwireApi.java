package io.eventwire.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The HTTP API under /api. Authentication is HTTP Basic (io.eventwire.security); {@code @RolesAllowed} on
 * resource methods is enforced by Jersey's RolesAllowedDynamicFeature: a known user without the role gets 403.
 */
@ApplicationPath("api")
public class EventwireApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                // CONTRACT §3 shows Location as a path (/api/orders/{id}); keep it as written.
                "jersey.config.server.headers.location.relative.resolution.disabled", true,
                // No generated description of every resource for strangers: the contract documents the API.
                "jersey.config.server.wadl.disableWadl", true,
                // An error answer that still has no body stays empty, rather than becoming the server's HTML page.
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
