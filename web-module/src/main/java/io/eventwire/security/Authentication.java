package io.eventwire.security;

import io.eventwire.platform.api.Problem;
import io.eventwire.platform.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One mechanism for two kinds of caller, because an application gets only one: scripts call /api with HTTP
 * Basic on every request (no session); people log in to /console through a form and keep a session.
 * <p>
 * A session cookie goes with every request a browser sends, also one another site makes it send, so every console
 * POST must prove it comes from a page of ours: the login and logout forms carry the session's {@link CsrfToken},
 * a JSF form its view state. The view state is JSF's own token: with server-side state saving Mojarra keeps each
 * view in the session under a SecureRandom id (web.xml) and refuses a postback naming an unknown one. A POST
 * without either is refused here with 403 before anything runs. Logging out is a POST only.
 */
@ApplicationScoped
@DeclareRoles({Roles.OPERATOR, Roles.VIEWER, Roles.CLIENT})
public class Authentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/console/login.xhtml";
    static final String LOGIN_ACTION = "/console/login";
    static final String LOGOUT_ACTION = "/console/logout";
    private static final String CONSOLE = "/console/";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String SESSION_USER = "eventwire.user";
    private static final String REALM = "Basic realm=\"eventwire\"";

    @Inject
    Users users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        if (path.equals(LOGIN_ACTION) && "POST".equals(request.getMethod())) {
            return formLogin(request, context);
        }
        if (path.equals(LOGOUT_ACTION)) {
            return logout(request, response, context);
        }
        if (path.startsWith(CONSOLE) && "POST".equals(request.getMethod()) && !hasViewState(request)) {
            return refuse(response, HttpServletResponse.SC_FORBIDDEN, "This form did not come from the console.");
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_USER);
        if (caller instanceof String name) {
            return context.notifyContainerAboutLogin(name, users.rolesOf(name));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT
                : users.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A script gets the API's problem document with the challenge, not the server's HTML error page. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", REALM);
        try {
            new Problem("about:blank", "Unauthorized", 401, "HTTP Basic credentials of an Eventwire user are required.",
                    List.of()).send(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        if (!CsrfToken.carriedBy(request)) { // forged, or the form outlived its session: show a fresh one
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?expired=true");
        }
        String name = request.getParameter("username");
        String password = request.getParameter("password");
        CredentialValidationResult result = name == null || password == null
                ? CredentialValidationResult.INVALID_RESULT
                : users.validate(new UsernamePasswordCredential(name, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
        }
        HttpSession anonymous = request.getSession(false);
        if (anonymous != null) {
            anonymous.invalidate(); // a fresh session id after login: no session fixation
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        CsrfToken.issue(session);
        context.notifyContainerAboutLogin(result);
        return context.redirect(request.getContextPath() + "/console/");
    }

    /** Only a POST from our logout form ends the session; a link or another site's form cannot. */
    private static AuthenticationStatus logout(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            return refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Log out with the console's button.");
        }
        if (!CsrfToken.carriedBy(request)) {
            return refuse(response, HttpServletResponse.SC_FORBIDDEN, "This form did not come from the console.");
        }
        request.getSession(false).invalidate(); // carriedBy: there is a session
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /** A JSF postback names its view; "stateless" would be a transient view, which has no state to check. */
    private static boolean hasViewState(HttpServletRequest request) {
        String state = request.getParameter(VIEW_STATE);
        return state != null && !state.isBlank() && !state.equals("stateless");
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String reason) {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getWriter().println(reason + " Reload the page and try again.");
            response.flushBuffer(); // committed: the container adds no error page of its own
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
