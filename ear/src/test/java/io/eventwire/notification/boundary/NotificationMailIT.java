package io.eventwire.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Smtp;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer gets exactly one mail per finished order, through a real SMTP server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailIT {

    private static final Duration MAIL = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @Test
    void aConfirmedAndACancelledOrderEachMailTheirCustomerOnce() {
        Http http = new Http(base);
        String sku = "M-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, http.send(http.request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"available\":5,\"price\":\"4.00\"}"))).statusCode());
        String happy = "happy-" + UUID.randomUUID() + "@example.com";
        String unlucky = "unlucky-" + UUID.randomUUID() + "@example.com";

        place(http, happy, sku, 1, "tok_visa");
        place(http, unlucky, sku, 99, "tok_visa");

        // Mails of earlier tests are in the same SMTP server: wait for these two customers' own.
        List<MimeMessage> mails = Eventually.await("two mails", MAIL, () -> received().stream()
                .filter(mail -> recipient(mail).equals(happy) || recipient(mail).equals(unlucky)).toList(),
                received -> received.size() >= 2);
        assertEquals(2, mails.size());
        assertTrue(subject(mails, happy).contains("confirmed"));
        assertTrue(subject(mails, unlucky).contains("cancelled"));
    }

    private void place(Http http, String email, String sku, int quantity, String token) {
        assertEquals(202, http.postJson("/api/orders", "client", "{\"customerId\":\"C-mail\",\"email\":\"" + email
                + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}],\"payment\":{\"token\":\""
                + token + "\"}}").statusCode());
    }

    private List<MimeMessage> received() {
        return Arrays.asList(Smtp.server().getReceivedMessages());
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(List<MimeMessage> mails, String recipient) {
        return mails.stream().filter(mail -> recipient(mail).equals(recipient)).map(mail -> {
            try {
                return mail.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }
}
