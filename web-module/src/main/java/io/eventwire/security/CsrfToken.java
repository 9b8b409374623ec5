package io.eventwire.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The console session's token against cross-site request forgery. Another site can make a logged-in browser send a
 * POST with our session cookie, but cannot read our pages: the login and logout forms carry this token as a hidden
 * field ({@code #{csrf.parameter}}, {@code #{csrf.value}}), and {@link Authentication} refuses those forms without it.
 * (JSF forms carry their view state instead, see Authentication.)
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    static final String PARAMETER = "csrf";
    private static final String ATTRIBUTE = "eventwire.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    public String getParameter() {
        return PARAMETER;
    }

    /** This session's token; the login page starts the session that holds it. */
    public String getValue() {
        HttpSession session = request.getSession();
        Object token = session.getAttribute(ATTRIBUTE);
        return token instanceof String value ? value : issue(session);
    }

    /** A new token for the session, e.g. the one a login opens. */
    static String issue(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** True if the request has a session and carries its token. */
    static boolean carriedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String given = request.getParameter(PARAMETER);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
