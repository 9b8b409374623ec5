package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Browser;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.deadletter.boundary.DeadLetterList;
import io.eventwire.deadletter.boundary.MailOutage;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a browser: an operator replays a confirmation whose dead letter was deleted to notification.orders alone;
 * the progress bar reaches 100 %, the customer is mailed, and the topic's other subscriptions saw nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplayPageIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @AfterEach
    void mailServerBack() {
        MailOutage.end();
    }

    @Test
    void theOperatorReplaysALostConfirmationToOneSubscriptionAndWatchesItFinish() {
        Http http = new Http(base);
        String email = "replay-page-" + UUID.randomUUID() + "@example.com";
        String orderId = MailOutage.placeOrderWhileMailIsDown(http, email);
        JsonObject dead = DeadLetterList.await(http, orderId);
        MailOutage.end();
        assertEquals(204, http.send(http.request("/api/admin/dlq/" + dead.getString("id"), "operator").DELETE()).statusCode());
        long sequence = Http.array(http.get("/api/events?type=OrderConfirmed&correlationId=" + orderId, "operator"))
                .getJsonObject(0).getJsonNumber("sequence").longValue();
        String before = Metrics.scrape(http);

        try (Browser browser = Browser.open(base).login("operator", "operator")) {
            browser.go("console/replay.xhtml");
            browser.waitFor(By.id("replay:subscription")).click();
            browser.waitFor(By.cssSelector("#replay\\:subscription_items li[data-label='notification.orders']")).click();
            browser.driver().findElement(By.id("replay:type")).sendKeys("OrderConfirmed");
            browser.driver().findElement(By.id("replay:fromSequence_input")).sendKeys(String.valueOf(sequence));
            browser.driver().findElement(By.id("replay:toSequence_input")).sendKeys(String.valueOf(sequence));
            String earlier = shownReplay(browser);
            browser.driver().findElement(By.id("replay:start")).click();

            // The progress card is re-rendered every second, so each look finds its elements afresh.
            new WebDriverWait(browser.driver(), SAGA).ignoring(StaleElementReferenceException.class).until(d ->
                    !shownReplay(browser).equals(earlier)
                    && "DONE".equals(d.findElement(By.id("replay-progress:replay-status")).getText())
                    && "notification.orders".equals(d.findElement(By.id("replay-progress:replay-target")).getText())
                    && "1".equals(d.findElement(By.id("replay-progress:replay-sent")).getText())
                    && d.findElement(By.id("replay-progress:bar")).getText().contains("100%"));
            browser.screenshot("replay");
        }
        Eventually.await("the confirmation mail to " + email, SAGA, () -> MailOutage.mailed(email), mailed -> mailed);
        String after = Metrics.scrape(http);
        for (String other : new String[] {"inventory.orders", "legacy.orders"}) {
            Map<String, String> tags = Map.of("subscription", other);
            assertEquals(Metrics.value(before, "eventwire_duplicate_events_total", tags),
                    Metrics.value(after, "eventwire_duplicate_events_total", tags), other + " got no copy");
        }
    }

    /**
     * The id of the replay the progress card shows (the newest until this page starts one), or "". The card is
     * re-rendered every second, so a look that finds the card just replaced looks again.
     */
    private static String shownReplay(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("replay-progress:replay-id")).stream()
                        .map(WebElement::getText).findFirst().orElse(""));
    }
}
