package io.eventwire.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eventwire.Browser;
import io.eventwire.EventwireDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** People reach the console through its login form, and only with a right password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EventwireDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOperatorLogsInAndSeesTheirName() {
        try (Browser browser = Browser.open(base)) {
            browser.go("console/login.xhtml");
            browser.waitFor(By.id("username"));
            browser.screenshot("login");

            browser.login("operator", "operator");

            assertEquals("operator", browser.waitFor(By.id("ew-user-name")).getText());
        }
    }

    @Test
    void aWrongPasswordStaysOnTheLoginForm() {
        try (Browser browser = Browser.open(base)) {
            assertThrows(AssertionError.class, () -> browser.login("viewer", "wrong"));

            assertEquals("Unknown user or wrong password.", browser.waitFor(By.id("login-error")).getText());
        }
    }
}
