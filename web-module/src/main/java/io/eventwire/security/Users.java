package io.eventwire.security;

import io.eventwire.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP users of CONTRACT §2. Each password defaults to the user's name for development and is set in
 * production through its environment variable, e.g. EVENTWIRE_OPERATOR_PASSWORD. Each user's group is its role.
 */
@ApplicationScoped
public class Users implements IdentityStore {

    private record User(String passwordVariable, Set<String> roles) {
    }

    private static final Map<String, User> USERS = Map.of(
            "operator", new User("EVENTWIRE_OPERATOR_PASSWORD", Set.of(Roles.OPERATOR)),
            "viewer", new User("EVENTWIRE_VIEWER_PASSWORD", Set.of(Roles.VIEWER)),
            "client", new User("EVENTWIRE_CLIENT_PASSWORD", Set.of(Roles.CLIENT)));

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        User user = USERS.get(credential.getCaller());
        if (user == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String expected = System.getenv().getOrDefault(user.passwordVariable(), credential.getCaller());
        byte[] given = credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(credential.getCaller(), user.roles());
    }

    /** The groups of a caller already authenticated, e.g. from the console session. */
    Set<String> rolesOf(String caller) {
        User user = USERS.get(caller);
        return user == null ? Set.of() : user.roles();
    }
}
