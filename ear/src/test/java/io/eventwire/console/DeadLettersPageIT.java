package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.EventwireDeployment;
import io.eventwire.Http;
import io.eventwire.deadletter.boundary.DeadLetterList;
import io.eventwire.deadletter.boundary.MailOutage;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dead-letters page shows a dead letter with its queue and error; only an operator gets the buttons. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadLettersPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EventwireDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void mailServerBack() {
        MailOutage.end();
    }

    @Test
    void aDeadConfirmationIsListedWithItsErrorAndOnlyTheOperatorMayActOnIt() {
        Http http = new Http(base);
        String email = "page-" + UUID.randomUUID() + "@example.com";
        String orderId = MailOutage.placeOrderWhileMailIsDown(http, email);
        DeadLetterList.await(http, orderId);

        String asOperator = new ConsoleSession(base, "operator").page("/console/dead-letters.xhtml");
        String asViewer = new ConsoleSession(base, "viewer").page("/console/dead-letters.xhtml");

        for (String page : new String[] {asOperator, asViewer}) {
            assertTrue(page.contains(orderId), "the order's dead letter is listed");
            assertTrue(page.contains("notification.orders"));
            assertTrue(page.contains("cannot mail " + email), "with the error its consumer recorded");
        }
        assertTrue(asOperator.contains("ew-retry") && asOperator.contains("Retry selected"));
        assertFalse(asViewer.contains("ew-retry") || asViewer.contains("Retry selected") || asViewer.contains("ew-delete"),
                "a viewer gets no buttons");
    }
}
