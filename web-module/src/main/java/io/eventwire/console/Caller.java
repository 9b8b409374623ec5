package io.eventwire.console;

import io.eventwire.platform.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is at the console. Pages hide actions from viewers with {@code rendered="#{caller.operator}"}; every
 * action also asks {@link #mayAct()} itself, because a request can be forged without the button.
 */
@Named
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    public boolean isOperator() {
        return security.isCallerInRole(Roles.OPERATOR);
    }

    /** True for an operator; anyone else is told no and the action must not go on. */
    public boolean mayAct() {
        if (isOperator()) {
            return true;
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Only an operator may do this.", "You are logged in as a viewer: the console is read-only for you."));
        return false;
    }
}
