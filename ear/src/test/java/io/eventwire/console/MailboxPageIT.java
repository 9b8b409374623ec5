package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Browser;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The mailbox shows the mail a confirmed order's customer got, newest first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailboxPageIT {

    @ArquillianResource
    URL base;

    @Test
    void showsTheConfirmationMailOfAConfirmedOrder() {
        Shop shop = new Shop(base);
        String email = "mailbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String orderId = shop.confirmedOrder("C-MAIL", email, shop.stock(5, "9.99"));

        try (Browser browser = Browser.open(base)) {
            browser.login("viewer", "viewer");
            browser.go("console/mailbox.xhtml");
            WebElement newest = browser.waitFor(By.cssSelector("#mailbox\\:mails_data tr"));

            assertEquals(email, newest.findElement(By.cssSelector(".ew-recipient")).getText());
            assertEquals("order-confirmed", newest.findElement(By.cssSelector(".ew-template")).getText());
            assertEquals("Your order is confirmed", newest.findElement(By.cssSelector(".ew-subject")).getText());
            newest.findElement(By.cssSelector("details.ew-payload summary")).click();
            assertTrue(newest.findElement(By.cssSelector(".ew-body")).getText().contains(orderId));
            browser.screenshot("mailbox");
        }
    }
}
