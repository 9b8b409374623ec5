package io.eventwire.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Browser;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** People reach the console through its login form, only with a right password, and leave it with its button. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLoginIT {

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

    @Test
    void theLogOutButtonEndsTheSessionAndALinkToLogOutDoesNot() {
        try (Browser browser = Browser.open(base).login("viewer", "viewer")) {
            browser.go("console/logout"); // what a link, or an image on another site's page, makes a browser do
            browser.go("console/");
            assertEquals("viewer", browser.waitFor(By.id("ew-user-name")).getText(), "still logged in");

            browser.driver().findElement(By.id("logout")).click();
            browser.waitFor(By.id("username"));
            browser.go("console/orders.xhtml");

            browser.waitFor(By.id("username"));
            assertTrue(browser.driver().getCurrentUrl().contains("/console/login.xhtml"), browser.driver().getCurrentUrl());
        }
    }
}
