package io.eventwire.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eventwire.Broker;
import io.eventwire.DomainAdministrator;
import io.eventwire.Http;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody gets in anonymously, over HTTP, to the broker or to the server's administration; a known user without the
 * role is refused (CONTRACT §2).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    private static final String ORDER = """
            {"customerId":"C-1","email":"c1@example.com","items":[{"sku":"SKU-1","quantity":1}],"payment":{"token":"tok_visa"}}""";

    @ArquillianResource
    URL base;

    @Test
    void theApiWithoutCredentialsIs401WithABasicChallenge() {
        HttpResponse<String> response = new Http(base).get("/api/orders/any", null);

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(401, Http.object(response).getInt("status"));
    }

    @Test
    void aWrongPasswordIs401() {
        Http http = new Http(base);
        HttpResponse<String> response = http.send(http.request("/api/orders/any", null)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("client:nope".getBytes()))
                .GET());

        assertEquals(401, response.statusCode());
    }

    @Test
    void aViewerMayNotPlaceOrders() {
        assertEquals(403, new Http(base).postJson("/api/orders", "viewer", ORDER).statusCode());
    }

    @Test
    void onlyAnOperatorMayChangeStock() {
        Http http = new Http(base);
        String body = "{\"available\":5,\"price\":\"1.00\"}";

        int asClient = http.send(http.request("/api/inventory/A-1", "client").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))).statusCode();
        int asOperator = http.send(http.request("/api/inventory/A-1", "operator").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))).statusCode();

        assertEquals(403, asClient);
        assertEquals(200, asOperator);
        assertEquals("{\"sku\":\"A-1\",\"available\":5,\"reserved\":0,\"price\":\"1.00\"}",
                http.get("/api/inventory/A-1", "viewer").body());
        assertEquals(404, http.get("/api/inventory/NO-SUCH-SKU", "viewer").statusCode());
    }

    @Test
    void theConsoleSendsStrangersToTheLoginForm() {
        HttpResponse<String> response = new Http(base).get("/console/", null);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/console/login.xhtml"));
    }

    @Test
    void theBrokerRefusesAClientWithoutCredentials() {
        assertThrows(JMSSecurityRuntimeException.class, () -> {
            try (JMSContext context = Broker.anonymous().createContext()) {
                context.createProducer().send(context.createTopic("orders"), "anonymous");
            }
        });
    }

    @Test
    void theLegacyUserMayNotPublishToTheOrdersTopic() {
        assertThrows(JMSRuntimeException.class, () -> {
            try (JMSContext context = Broker.as("legacy").createContext()) {
                context.createProducer().send(context.createTopic("orders"), "{}");
            }
        });
    }

    @Test
    void theServerAdministrationWantsTheDomainPassword() {
        URI domain = URI.create("http://127.0.0.1:" + System.getProperty("eventwire.admin.port") + "/management/domain");

        assertEquals(401, administration(domain, null).statusCode(), "anonymous");
        assertEquals(401, administration(domain, "not-the-password").statusCode(), "a wrong password");
        assertEquals(200, administration(domain, DomainAdministrator.password()).statusCode(), "the domain's password");
    }

    @Test
    void theServerAdministrationListensOnThisMachineOnly() throws IOException {
        Optional<InetAddress> outward = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(outward.isPresent(), "this machine has no address but the loopback");
        int port = Integer.getInteger("eventwire.admin.port");

        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outward.get(), port), 5_000);
            }
        }, "administration port " + port + " on " + outward.get());
    }

    private static HttpResponse<String> administration(URI uri, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Http.ANSWER).header("Accept", "application/json")
                .GET();
        if (password != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (DomainAdministrator.USER + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
