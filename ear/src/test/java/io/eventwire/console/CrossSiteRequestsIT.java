package io.eventwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What another site can make a logged-in operator's browser send: a POST with the session cookie but without what
 * only our pages hold (the session's token, a JSF view state). The console refuses each such POST; the same POST with
 * the page's token goes through, so it is the token that makes the difference.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestsIT {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern ROW = Pattern.compile("<tr\\b([^>]*)>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ROW_INDEX = Pattern.compile("\\bdata-ri=\"(\\d+)\"");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @ArquillianResource
    URL base;

    @Test
    void aLoginPostWithoutTheFormsTokenLogsNobodyIn() {
        Browserless forged = new Browserless(base);
        HttpResponse<String> login = forged.post("console/login", Map.of("username", "operator", "password", "operator"));

        assertEquals(302, login.statusCode());
        assertTrue(location(login).endsWith("/console/login.xhtml?expired=true"), location(login));
        assertEquals(302, forged.get("console/").statusCode(), "still sent to the login form");

        Browserless genuine = new Browserless(base);
        HttpResponse<String> page = genuine.get("console/login.xhtml");
        assertTrue(page.headers().allValues("Set-Cookie").stream()
                        .anyMatch(cookie -> cookie.toLowerCase(Locale.ROOT).contains("samesite=lax")),
                "the session cookie stays off other sites' POSTs: " + page.headers().allValues("Set-Cookie"));
        Map<String, String> form = new LinkedHashMap<>(inputs(page.body()));
        form.put("username", "operator");
        form.put("password", "operator");
        assertTrue(location(genuine.post("console/login", form)).endsWith("/console/"));
        assertEquals(200, genuine.get("console/").statusCode());
    }

    @Test
    void aForgedLogoutIsRefusedAndLoggingOutIsAPost() {
        Browserless operator = Browserless.loggedIn(base, "operator");

        assertEquals(403, operator.post("console/logout", Map.of()).statusCode(), "a POST without the token");
        assertEquals(405, operator.get("console/logout").statusCode(), "a link");
        assertEquals(200, operator.get("console/").statusCode(), "still logged in");

        Map<String, String> logout = Map.of("csrf", inputs(operator.get("console/").body()).get("csrf"));
        assertTrue(location(operator.post("console/logout", logout)).endsWith("/console/login.xhtml"));
        assertEquals(302, operator.get("console/").statusCode(), "logged out");
    }

    /** The same edit with the page's token is saved: InventoryPageIT makes it in a browser, through the same filter. */
    @Test
    void aForgedStockEditIsRefusedAndChangesNothing() {
        Shop shop = new Shop(base);
        String sku = shop.stock(10, "2.00");
        Browserless operator = Browserless.loggedIn(base, "operator");
        Map<String, String> edit = rowEdit(operator.get("console/inventory.xhtml").body(), sku);
        edit.remove(VIEW_STATE);

        HttpResponse<String> forged = operator.ajax("console/inventory.xhtml", edit);

        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("{\"sku\":\"" + sku + "\",\"available\":10,\"reserved\":0,\"price\":\"2.00\"}",
                shop.http().get("/api/inventory/" + sku, "viewer").body());
    }

    /** What PrimeFaces sends to save the row of {@code sku}: the form's fields, and the row's new values. */
    private static Map<String, String> rowEdit(String page, String sku) {
        String index = ROW.matcher(page).results().filter(row -> row.group(2).contains(">" + sku + "<"))
                .map(row -> ROW_INDEX.matcher(row.group(1)).results().findFirst().orElseThrow().group(1))
                .findFirst().orElseThrow(() -> new AssertionError("the inventory page shows no row of " + sku + ": "
                        + page.substring(Math.max(0, page.indexOf(sku) - 400), Math.max(0, page.indexOf(sku)) + 100)));
        String prefix = "inventory:stock:" + index;
        Map<String, String> edit = new LinkedHashMap<>(inputs(page.substring(page.indexOf("<form id=\"inventory\""))));
        edit.put("jakarta.faces.partial.ajax", "true");
        edit.put("jakarta.faces.source", "inventory:stock");
        edit.put("jakarta.faces.partial.execute", "inventory:stock");
        edit.put("jakarta.faces.partial.render", "inventory");
        edit.put("jakarta.faces.behavior.event", "rowEdit");
        edit.put("jakarta.faces.partial.event", "rowEdit");
        edit.put("inventory:stock_rowEditIndex", index);
        edit.put("inventory:stock_rowEditAction", "save");
        edit.put(prefix + ":available", "999");
        edit.put(prefix + ":price", "0.01");
        return edit;
    }

    /** Every input field with a name in the HTML, as a browser's form would send it. */
    private static Map<String, String> inputs(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.putIfAbsent(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("no Location, status " + response.statusCode());
    }

    /**
     * A cookie-keeping HTTP client that follows no redirect: a browser as another site can drive it. It speaks HTTP/1.1
     * as browsers do over plain http (they never upgrade to h2c). Java's default upgrades, and Payara's h2c is where
     * {@link Http} met its failures; the one login here that failed in CI (not reproduced in 2,100 tries) went over it.
     */
    private static final class Browserless {

        private final URI base;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();

        Browserless(URL base) {
            this.base = URI.create(base.toString());
        }

        /** Logged in through the login form, its token included. */
        static Browserless loggedIn(URL base, String user) {
            Browserless browser = new Browserless(base);
            Map<String, String> form = new LinkedHashMap<>(inputs(browser.get("console/login.xhtml").body()));
            form.put("username", user);
            form.put("password", user);
            String landing = location(browser.post("console/login", form));
            assertTrue(landing.endsWith("/console/"), user + " logged in, but was sent to " + landing);
            return browser;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        }

        HttpResponse<String> ajax(String path, Map<String, String> form) {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Http.ANSWER).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(Map<String, String> form) {
            return form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
