package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The event store browser narrows the store by event type. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsPageIT {

    @ArquillianResource
    URL base;

    @Test
    void filtersByType() {
        Shop shop = new Shop(base);
        String sku = shop.stock(7, "1.25");
        shop.confirmedOrder("C-EVENTS", "events@example.com", sku);

        try (Browser browser = Browser.open(base)) {
            browser.login("viewer", "viewer");
            browser.go("console/events.xhtml");
            browser.waitFor(By.id("events:type")).click();
            browser.waitFor(By.cssSelector("#events\\:type_items li[data-label='StockChanged']")).click();
            browser.driver().findElement(By.id("events:filter")).click();

            List<String> shown = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<String> types = types(browser);
                        return !types.isEmpty() && types.stream().allMatch("StockChanged"::equals) ? types : null;
                    });
            assertFalse(shown.isEmpty());
            assertTrue(browser.driver().findElement(By.id("events:list")).getText().contains(sku),
                    "the newest StockChanged is this test's");
            browser.screenshot("events");
        }
    }

    private static List<String> types(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#events\\:list .ew-event-type")).stream()
                .map(WebElement::getText).toList();
    }
}
