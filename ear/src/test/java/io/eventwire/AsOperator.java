package io.eventwire;

import io.eventwire.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;

/** In-container tests act as an operator through this bean: the business layer checks roles (issue 10). */
@Stateless
@RunAs(Roles.OPERATOR)
@PermitAll
public class AsOperator {

    public <T> T call(Supplier<T> action) {
        return action.get();
    }
}
