package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard counts orders by status and shows every subscription queue as the broker reports it, live. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardPageIT {

    @ArquillianResource
    URL base;

    @Test
    void showsOrderCountsAndEveryQueueWithItsConsumersAndUpdatesItself() {
        Shop shop = new Shop(base);
        shop.confirmedOrder("C-DASH", "dash@example.com", shop.stock(5, "3.00"));

        try (Browser browser = Browser.open(base)) {
            browser.login("viewer", "viewer");
            String firstUpdate = browser.waitFor(By.id("dashboard:updated")).getText();

            // The poll replaces the panel: a new "updated" time proves the page refreshed itself.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> !d.findElement(By.id("dashboard:updated")).getText().equals(firstUpdate));

            assertTrue(Long.parseLong(browser.waitFor(By.id("orders-CONFIRMED")).getText()) >= 1);
            assertTrue(Double.parseDouble(browser.waitFor(By.id("events-per-second")).getText()) > 0);
            browser.screenshot("dashboard");
            List<WebElement> queues = browser.driver().findElements(By.cssSelector(".queue-name"));
            assertEquals(List.of("inventory.orders", "notification.orders", "order.inventory",
                    "payment.inventory", "order.payments", "inventory.payments"),
                    queues.stream().map(WebElement::getText).toList());
            assertTrue(browser.driver().findElements(By.cssSelector(".queue-consumers")).stream()
                    .allMatch(consumers -> Integer.parseInt(consumers.getText()) >= 1),
                    "every subscription has a consuming MDB");
        }
    }
}
