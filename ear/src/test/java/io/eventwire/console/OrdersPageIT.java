package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Browser;
import io.eventwire.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator finds an order by its customer and reads its saga: every event in order, with what caused it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersPageIT {

    @ArquillianResource
    URL base;

    @Test
    void findsAnOrderByCustomerAndReadsItsTimelineBesideTheCurrentFacts() {
        Shop shop = new Shop(base);
        String customer = "C-" + UUID.randomUUID().toString().substring(0, 8);
        String orderId = shop.confirmedOrder(customer, "orders@example.com", shop.stock(5, "4.50"));
        List<String> stored = Http.array(shop.http().get("/api/orders/" + orderId + "/events", "viewer"))
                .getValuesAs(JsonObject.class).stream().map(event -> event.getString("eventType")).toList();

        try (Browser browser = Browser.open(base)) {
            browser.login("viewer", "viewer");
            browser.go("console/orders.xhtml");
            browser.waitFor(By.id("orders:customer")).sendKeys(customer);
            browser.driver().findElement(By.id("orders:filter")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<WebElement> customers = d.findElements(By.cssSelector(".ew-customer"));
                        return !customers.isEmpty() && customers.stream().allMatch(shown -> shown.getText().equals(customer));
                    });
            List<WebElement> links = browser.driver().findElements(By.cssSelector(".ew-order-id"));
            assertEquals(List.of(orderId), links.stream().map(WebElement::getText).toList(), "only this customer's order");
            browser.screenshot("orders");

            // The list may still be re-rendered by the filter's AJAX update: click whichever link is current.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        d.findElement(By.cssSelector(".ew-order-id")).click();
                        return true;
                    });

            browser.waitFor(By.id("timeline"));
            assertEquals("CONFIRMED", browser.waitFor(By.id("order-status")).getText());
            List<String> shown = browser.driver().findElements(By.cssSelector(".ew-event-type")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(stored, shown, "every stored event, in store order");
            List<String> causes = browser.driver().findElements(By.cssSelector(".ew-caused-by")).stream()
                    .map(WebElement::getText).toList();
            assertEquals("first event", causes.get(0));
            assertEquals("caused by OrderPlaced", causes.get(shown.indexOf("InventoryReserved")));
            assertEquals("caused by PaymentCaptured", causes.get(shown.indexOf("OrderConfirmed")));
            assertEquals("caused by OrderConfirmed", causes.get(shown.indexOf("NotificationSent")));
            assertEquals("CAPTURED", browser.driver().findElement(By.id("payment-status")).getText());
            assertEquals("SHIPPED", browser.driver().findElement(By.id("reservation-status")).getText());
            assertTrue(browser.driver().findElement(By.id("fact-notification")).getText().contains("order-confirmed"));

            browser.driver().findElement(By.cssSelector("details.ew-payload summary")).click();
            assertTrue(browser.waitFor(By.cssSelector("details.ew-payload pre")).getText().contains(customer),
                    "OrderPlaced's payload names the customer");
            browser.screenshot("order");
        }
    }
}
