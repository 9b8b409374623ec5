package io.eventwire.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.EventwireDeployment;
import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Metrics;
import io.eventwire.Smtp;
import io.eventwire.events.OrderEvents;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order's end may reach notification.orders before its OrderPlaced (which carries the address), or both at
 * once: the customer still gets exactly one mail, at the SMTP server, and nothing waits for a redelivery.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotifierArrivalOrderIT {

    private static final String QUEUE = "orders::" + NotificationOrdersConsumer.SUBSCRIPTION;
    private static final Duration MAIL = Duration.ofSeconds(60);
    /** How long a second mail would have had to show up. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EventwireDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aConfirmationBeforeTheAddressIsMailedOnceTheAddressArrives() throws Exception {
        endBeforeAddress(true);
    }

    @Test
    void aCancellationBeforeTheAddressIsMailedOnceTheAddressArrives() throws Exception {
        endBeforeAddress(false);
    }

    @Test
    void addressesAndEndsArrivingTogetherMailEachCustomerOnce() throws Exception {
        Http http = new Http(base);
        double failuresBefore = failures(http);
        List<String> emails = new ArrayList<>();
        List<Runnable> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            OrderEvents order = new OrderEvents(UUID.randomUUID().toString());
            String email = "together-" + UUID.randomUUID() + "@example.com";
            emails.add(email);
            String placed = order.placed(email);
            String confirmed = order.confirmed("1.00");
            sends.add(() -> order.send(QUEUE, placed));
            sends.add(() -> order.send(QUEUE, confirmed));
        }
        Collections.shuffle(sends);

        sends.parallelStream().forEach(Runnable::run);

        for (String email : emails) {
            Eventually.await("the mail to " + email, MAIL, () -> Smtp.mailsTo(email).size(), count -> count >= 1);
        }
        Thread.sleep(QUIET.toMillis());
        emails.forEach(email -> assertEquals(1, Smtp.mailsTo(email).size(), "one mail to " + email));
        assertEquals(failuresBefore, failures(http), "no delivery failed: none waited for a redelivery");
    }

    private void endBeforeAddress(boolean confirmed) throws Exception {
        Http http = new Http(base);
        double failuresBefore = failures(http);
        String orderId = UUID.randomUUID().toString();
        String email = "arrival-" + UUID.randomUUID() + "@example.com";
        OrderEvents order = new OrderEvents(orderId);
        String type = confirmed ? "OrderConfirmed" : "OrderCancelled";
        double endsBefore = handled(http, type);

        order.send(QUEUE, confirmed ? order.confirmed("12.50") : order.cancelled("OUT_OF_STOCK"));
        Eventually.await(type + " handled", MAIL, () -> handled(http, type), handled -> handled > endsBefore);
        assertTrue(Smtp.mailsTo(email).isEmpty(), "no address yet, no mail");

        order.send(QUEUE, order.placed(email));

        MimeMessage mail = Eventually.await("the mail to " + email, MAIL, () -> Smtp.mailsTo(email), mails -> !mails.isEmpty()).get(0);
        assertTrue(mail.getSubject().contains(confirmed ? "confirmed" : "cancelled"), mail.getSubject());
        assertTrue(mail.getMessageID().contains(orderId), "one identity per order and mail: " + mail.getMessageID());
        order.send(QUEUE, order.placed(email));
        order.send(QUEUE, confirmed ? order.confirmed("12.50") : order.cancelled("OUT_OF_STOCK"));
        Thread.sleep(QUIET.toMillis());
        assertEquals(1, Smtp.mailsTo(email).size(), "a repeated address or end sends nothing more");
        assertEquals(failuresBefore, failures(http), "no delivery failed: none waited for a redelivery");
    }

    private static double handled(Http http, String type) {
        return Metrics.value(Metrics.scrape(http), "eventwire_events_handled_total",
                Map.of("subscription", NotificationOrdersConsumer.SUBSCRIPTION, "type", type));
    }

    /** Failed deliveries of addresses and ends at notification.orders, all tests together. */
    private static double failures(Http http) {
        String scrape = Metrics.scrape(http);
        return Stream.of("OrderPlaced", "OrderConfirmed", "OrderCancelled")
                .mapToDouble(type -> Metrics.value(scrape, "eventwire_event_failures_total",
                        Map.of("subscription", NotificationOrdersConsumer.SUBSCRIPTION, "type", type)))
                .sum();
    }
}
