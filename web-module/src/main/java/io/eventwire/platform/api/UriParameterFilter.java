package io.eventwire.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * No path or query parameter reaches a resource (and from there a query) unless it is plain text of at most
 * {@link #MAX_LENGTH} characters: /api/orders/%00 would otherwise reach PostgreSQL, which refuses NUL with an
 * error, not an empty result. A refused parameter is a 400 naming it; a malformed %-escape is a 400 too.
 */
@Provider
@Priority(Priorities.USER)
public class UriParameterFilter implements ContainerRequestFilter {

    /** Far above any identifier of ours (36-character ids, 64-character SKUs and types). */
    public static final int MAX_LENGTH = 256;

    @Override
    public void filter(ContainerRequestContext request) {
        check("path", () -> request.getUriInfo().getPathParameters());
        check("query", () -> request.getUriInfo().getQueryParameters());
    }

    private static void check(String part, Supplier<MultivaluedMap<String, String>> decoded) {
        MultivaluedMap<String, String> parameters;
        try {
            parameters = decoded.get();
        } catch (IllegalArgumentException malformedEscape) {
            throw new BadRequestException(Problem.badRequest(part, "has a malformed %-escape"));
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String defect = value.length() > MAX_LENGTH ? "must be at most " + MAX_LENGTH + " characters"
                        : Text.defectOf(value).orElse(null);
                if (defect != null) {
                    throw new BadRequestException(Problem.badRequest(parameter.getKey(), defect));
                }
            }
        }
    }
}
