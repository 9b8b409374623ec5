package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Browser;
import io.eventwire.Broker;
import io.eventwire.legacy.boundary.LegacyRecords;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The legacy page shows a rejected record with its code and the reason naming the line, newest first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegacyPageIT {

    @ArquillianResource
    URL base;

    @Test
    void showsARejectedRecordWithItsCodeAndReason() {
        String ref = LegacyRecords.newRef("PAGE");
        try (JMSContext legacy = Broker.as("legacy").createContext()) {
            JMSConsumer statuses = legacy.createConsumer(legacy.createQueue("legacy.orders.status"),
                    "legacyRef = '" + ref + "'");
            legacy.createProducer().send(legacy.createQueue("legacy.orders.in"),
                    LegacyRecords.fixed(ref, "tok_visa", 1).replace("TRL00001", "TRL00002"));
            assertNotNull(statuses.receive(30_000), "the record was rejected");
        }

        try (Browser browser = Browser.open(base)) {
            browser.login("viewer", "viewer");
            browser.go("console/legacy.xhtml");
            WebElement newest = browser.waitFor(By.cssSelector("#legacy\\:rejected_data tr"));

            assertEquals("BAD_TRAILER", newest.findElement(By.cssSelector(".ew-reject-code")).getText());
            assertTrue(newest.findElement(By.cssSelector(".ew-reject-reason")).getText().startsWith("line 3 (TRL)"));
            assertTrue(newest.getText().contains(ref));
            browser.screenshot("legacy");
        }
    }
}
