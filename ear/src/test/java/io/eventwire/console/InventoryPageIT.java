package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Browser;
import io.eventwire.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** An operator changes stock on the inventory page, which publishes StockChanged; a viewer cannot, not even by forging. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryPageIT {

    /** The row edit PrimeFaces would send for row {@code arguments[0]}, posted with the page's own view state. */
    private static final String FORGED_ROW_EDIT = """
            const done = arguments[arguments.length - 1];
            const form = document.getElementById('inventory');
            const data = new URLSearchParams(new FormData(form));
            const row = 'inventory:stock:' + arguments[0];
            data.set('jakarta.faces.partial.ajax', 'true');
            data.set('jakarta.faces.source', 'inventory:stock');
            data.set('jakarta.faces.partial.execute', 'inventory:stock');
            data.set('jakarta.faces.partial.render', 'inventory');
            data.set('jakarta.faces.behavior.event', 'rowEdit');
            data.set('jakarta.faces.partial.event', 'rowEdit');
            data.set('inventory:stock_rowEditIndex', arguments[0]);
            data.set('inventory:stock_rowEditAction', 'save');
            data.set(row + ':available', '999');
            data.set(row + ':price', '0.01');
            fetch(form.action, {method: 'POST', body: data, headers: {'Faces-Request': 'partial/ajax'}})
                .then(response => response.text()).then(done, error => done('failed: ' + error));
            """;

    @ArquillianResource
    URL base;

    @Test
    void anOperatorEditsAvailableAndPriceAndStockChangedIsPublished() {
        Shop shop = new Shop(base);
        String sku = shop.stock(10, "2.00");

        try (Browser browser = Browser.open(base)) {
            WebElement row = editAsOperator(browser, sku, "42");
            WebElement price = browser.driver().findElement(By.id("inventory:stock:" + row.getAttribute("data-ri") + ":price"));
            price.clear();
            price.sendKeys("3.75");
            row.findElement(By.cssSelector(".ui-row-editor-check")).click();

            browser.waitFor(By.xpath("//tr[.//span[contains(@class,'ew-sku') and text()='" + sku + "']]"
                    + "//span[contains(@class,'ew-available') and text()='42']"));
            browser.screenshot("inventory");
        }

        Http http = shop.http();
        assertEquals("{\"sku\":\"" + sku + "\",\"available\":42,\"reserved\":0,\"price\":\"3.75\"}",
                http.get("/api/inventory/" + sku, "viewer").body());
        JsonArray changes = Http.array(http.get("/api/events?type=StockChanged&correlationId=" + sku, "viewer"));
        JsonObject last = changes.getJsonObject(changes.size() - 1).getJsonObject("payload");
        assertEquals(2, changes.size(), "one StockChanged from stocking it, one from the console");
        assertEquals(42, last.getInt("available"));
        assertEquals("3.75", last.getString("price"));
    }

    @Test
    void anEditOfFiguresThatChangedSinceThePageReadThemIsRefusedWithTheFiguresNow() {
        Shop shop = new Shop(base);
        String sku = shop.stock(10, "2.00");

        try (Browser browser = Browser.open(base)) {
            WebElement row = editAsOperator(browser, sku, "5");
            shop.restock(sku, 70, "2.00"); // meanwhile: another operator (or a reservation) changes the row
            row.findElement(By.cssSelector(".ui-row-editor-check")).click();

            WebElement refusal = browser.waitFor(By.xpath("//*[contains(@class,'ui-growl-message')]"
                    + "[contains(., '" + sku + " was not saved')]"));
            assertTrue(refusal.getText().contains("now 70 available"), refusal.getText());
            browser.waitFor(By.xpath("//tr[.//span[contains(@class,'ew-sku') and text()='" + sku + "']]"
                    + "//span[contains(@class,'ew-available') and text()='70']"));
        }

        assertEquals("{\"sku\":\"" + sku + "\",\"available\":70,\"reserved\":0,\"price\":\"2.00\"}",
                shop.http().get("/api/inventory/" + sku, "viewer").body(), "the later change stands");
    }

    @Test
    void aViewerHasNoEditActionAndAForgedEditIsRefused() {
        Shop shop = new Shop(base);
        String sku = shop.stock(10, "2.00");

        try (Browser browser = Browser.open(base)) {
            browser.login("viewer", "viewer");
            browser.go("console/inventory.xhtml");
            WebElement row = row(browser, sku);
            assertTrue(browser.driver().findElements(By.cssSelector(".ui-row-editor")).isEmpty(), "no edit action");

            String answer = (String) ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript(FORGED_ROW_EDIT, row.getAttribute("data-ri"));

            assertTrue(answer.contains("Only an operator may do this."), answer);
        }

        Http http = shop.http();
        assertEquals("{\"sku\":\"" + sku + "\",\"available\":10,\"reserved\":0,\"price\":\"2.00\"}",
                http.get("/api/inventory/" + sku, "viewer").body());
        assertEquals(1, Http.array(http.get("/api/events?type=StockChanged&correlationId=" + sku, "viewer")).size());
    }

    /** Opens the SKU's row for editing as an operator and types the available units; returns the row. */
    private static WebElement editAsOperator(Browser browser, String sku, String available) {
        browser.login("operator", "operator");
        browser.go("console/inventory.xhtml");
        WebElement row = row(browser, sku);
        row.findElement(By.cssSelector(".ui-row-editor-pencil")).click();
        WebElement field = browser.waitFor(By.id("inventory:stock:" + row.getAttribute("data-ri") + ":available"));
        field.clear();
        field.sendKeys(available);
        return row;
    }

    private static WebElement row(Browser browser, String sku) {
        return browser.waitFor(By.xpath("//tr[.//span[contains(@class,'ew-sku') and text()='" + sku + "']]"));
    }
}
