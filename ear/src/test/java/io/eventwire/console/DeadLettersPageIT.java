package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Broker;
import io.eventwire.Browser;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.deadletter.boundary.DeadLetterList;
import io.eventwire.deadletter.boundary.MailOutage;
import io.eventwire.events.OrderEvents;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In a browser: a confirmation that died while the mail server was down is on the dead-letters page with its
 * error; the operator reads its payload, retries it once mail works again, and the customer gets the mail.
 * A viewer sees the same row without any button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadLettersPageIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @AfterEach
    void mailServerBack() {
        MailOutage.end();
    }

    @Test
    void theOperatorSeesTheErrorFixesTheCauseRetriesAndTheCustomerIsMailed() {
        Http http = new Http(base);
        String email = "page-" + UUID.randomUUID() + "@example.com";
        String orderId = MailOutage.placeOrderWhileMailIsDown(http, email);
        DeadLetterList.await(http, orderId);

        try (Browser browser = Browser.open(base).login("operator", "operator")) {
            browser.go("console/dead-letters.xhtml");
            WebElement row = browser.waitFor(rowOf(orderId));
            assertTrue(row.getText().contains("notification.orders"), row.getText());
            assertTrue(row.getText().contains("cannot mail " + email), "the error its consumer recorded: " + row.getText());
            row.findElement(By.cssSelector(".ui-row-toggler")).click();
            assertTrue(browser.waitFor(By.cssSelector("pre.ew-letter-payload")).getText().contains("\"eventType\":\"OrderConfirmed\""));
            browser.screenshot("dead-letters");

            MailOutage.end();
            browser.driver().findElement(rowOf(orderId)).findElement(By.cssSelector(".ew-retry")).click();

            assertEquals("1 of 1 sent back to notification.orders",
                    browser.waitFor(By.cssSelector(".ui-growl-title")).getText());
            assertTrue(browser.driver().findElements(rowOf(orderId)).isEmpty(), "the row is gone");
        }
        Eventually.await("the confirmation mail to " + email, SAGA, () -> MailOutage.mailed(email), mailed -> mailed);
        assertNull(DeadLetterList.find(http, orderId));
    }

    @Test
    void aViewerSeesTheDeadLetterButNoButton() {
        Http http = new Http(base);
        String orderId = MailOutage.placeOrderWhileMailIsDown(http, "viewer-" + UUID.randomUUID() + "@example.com");
        JsonObject dead = DeadLetterList.await(http, orderId);
        MailOutage.end();

        try (Browser browser = Browser.open(base).login("viewer", "viewer")) {
            browser.go("console/dead-letters.xhtml");
            WebElement row = browser.waitFor(rowOf(orderId));

            assertTrue(row.findElements(By.cssSelector(".ew-retry, .ew-delete")).isEmpty(), row.getText());
            assertTrue(browser.driver().findElements(By.id("dlq:retry-selected")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("dlq:delete-selected")).isEmpty());
        }
        assertEquals(403, http.send(http.request("/api/admin/dlq/" + dead.getString("id") + "/retry", "viewer")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode(), "a forged retry is refused");
        assertEquals(204, http.send(http.request("/api/admin/dlq/" + dead.getString("id"), "operator").DELETE()).statusCode());
    }

    @Test
    void theOperatorDeletesTheSelectedDeadLettersAtOnce() {
        Http http = new Http(base);
        List<String> markers = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            markers.forEach(marker -> jms.createProducer().setJMSCorrelationID(marker)
                    .send(jms.createTopic("orders::inventory.orders"), "not an event"));
        }
        markers.forEach(marker -> DeadLetterList.await(http, marker));

        try (Browser browser = Browser.open(base).login("operator", "operator")) {
            browser.go("console/dead-letters.xhtml");
            for (String marker : markers) {
                browser.waitFor(rowOf(marker)).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
            }
            browser.driver().findElement(By.id("dlq:delete-selected")).click();
            browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();

            assertEquals("2 of 2 deleted", browser.waitFor(By.cssSelector(".ui-growl-title")).getText());
        }
        markers.forEach(marker -> assertNull(DeadLetterList.find(http, marker)));
    }

    @Test
    void aLetterTheBrokerDeadLetteredAfterACrashIsShownWithoutAFailureAndRetried() {
        Http http = new Http(base);
        String orderId = UUID.randomUUID().toString();
        OrderEvents order = new OrderEvents(orderId);
        OrderEvents.stored(order.placed("crash-page@example.com"));
        DeadLetterList.deadLetteredByTheBroker("orders", "notification.orders", orderId, "OrderConfirmed",
                OrderEvents.stored(order.confirmed("1.00")));
        DeadLetterList.await(http, orderId);

        try (Browser browser = Browser.open(base).login("operator", "operator")) {
            browser.go("console/dead-letters.xhtml");
            WebElement row = browser.waitFor(rowOf(orderId));
            assertTrue(row.getText().contains("notification.orders"), row.getText());
            assertTrue(row.findElement(By.cssSelector(".ew-no-failure")).getText().startsWith("No failure recorded"),
                    row.getText());
            assertEquals("?", row.findElement(By.cssSelector(".ew-deliveries")).getText(), "the broker kept no count");
            assertEquals("0", row.findElement(By.cssSelector(".ew-failures")).getText());

            row.findElement(By.cssSelector(".ew-retry")).click();

            assertEquals("1 of 1 sent back to notification.orders",
                    browser.waitFor(By.cssSelector(".ui-growl-title")).getText());
            assertTrue(browser.driver().findElements(rowOf(orderId)).isEmpty(), "the row is gone");
        }
        assertNull(DeadLetterList.find(http, orderId));
    }

    /** The row of a dead letter, found by its correlation id (the order id). */
    private static By rowOf(String correlationId) {
        return By.xpath("//tbody[@id='dlq:letters_data']/tr[.//a[@title='" + correlationId + "']]");
    }
}
