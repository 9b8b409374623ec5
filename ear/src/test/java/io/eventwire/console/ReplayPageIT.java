package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.EventwireDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The replay page offers every wired subscription to an operator, and no form to a viewer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplayPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EventwireDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOperatorChoosesAmongTheWiredSubscriptionsAViewerOnlyWatches() {
        String asOperator = new ConsoleSession(base, "operator").page("/console/replay.xhtml");
        String asViewer = new ConsoleSession(base, "viewer").page("/console/replay.xhtml");

        for (String subscription : new String[] {"inventory.orders", "payment.inventory", "notification.orders", "order.payments"}) {
            assertTrue(asOperator.contains(">" + subscription + "<"), subscription + " is offered");
        }
        assertTrue(asOperator.contains("replay:start"));
        assertFalse(asViewer.contains("replay:start"), "a viewer cannot start a replay");
    }
}
