package io.eventwire.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Jersey reads Content-Type before its own error handling starts: two of them, or one it cannot parse
 * ({@code application}, {@code json;;;}), ended as a bare 400 with no body. Refused here first, as a problem.
 */
@WebFilter("/api/*")
public class ContentTypeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> contentTypes = Collections.list(request.getHeaders("Content-Type"));
        String defect = contentTypes.size() > 1 ? "must be sent once" : contentTypes.stream()
                .filter(contentType -> !parses(contentType)).map(contentType -> "is not a media type like application/json")
                .findFirst().orElse(null);
        if (defect == null) {
            chain.doFilter(request, response);
        } else {
            Problem.of(Response.Status.BAD_REQUEST, "The request has an invalid Content-Type.",
                    List.of(new Problem.FieldError("Content-Type", defect))).send(response);
        }
    }

    private static boolean parses(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }
}
