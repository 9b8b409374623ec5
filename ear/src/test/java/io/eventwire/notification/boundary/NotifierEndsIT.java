package io.eventwire.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
    private static final List<String> TYPES = List.of("OrderPlaced", "OrderConfirmed", "OrderCancelled");

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
    void addressesAndEndsArrivingTogetherMailEachCustomerOnce() {
        Http http = new Http(base);
        double failuresBefore = failures(http);
        double handledBefore = handled(http);
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

        Eventually.await("all 20 events handled", MAIL, () -> handled(http), handled -> handled >= handledBefore + 20);
        emails.forEach(email -> assertEquals(1, Smtp.mailsTo(email).size(), "one mail to " + email));
        assertEquals(failuresBefore, failures(http), "no delivery failed: none waited for a redelivery");
    }

    @Test
    void theSameEndDeliveredSeveralTimesAtOnceMailsOnceAndFailsNothing() {
        Http http = new Http(base);
        String email = "copies-" + UUID.randomUUID() + "@example.com";
        OrderEvents order = new OrderEvents(UUID.randomUUID().toString());
        double handledBefore = handled(http);
        order.send(QUEUE, order.placed(email));
        Eventually.await("the address handled", MAIL, () -> handled(http), handled -> handled > handledBefore);
        double failuresBefore = failures(http);
        double duplicatesBefore = duplicates(http);
        String confirmed = order.confirmed("3.00");

        Collections.nCopies(4, confirmed).parallelStream().forEach(copy -> order.send(QUEUE, copy));

        Eventually.await("three copies refused", MAIL, () -> duplicates(http), refused -> refused >= duplicatesBefore + 3);
        assertEquals(1, Smtp.mailsTo(email).size(), "one mail to " + email);
        assertEquals(failuresBefore, failures(http), "the copies waited for the first and were refused, none failed");
    }

    private void endBeforeAddress(boolean confirmed) throws Exception {
        Http http = new Http(base);
        double failuresBefore = failures(http);
        String orderId = UUID.randomUUID().toString();
        String email = "arrival-" + UUID.randomUUID() + "@example.com";
        OrderEvents order = new OrderEvents(orderId);
        double handledBefore = handled(http);

        order.send(QUEUE, confirmed ? order.confirmed("12.50") : order.cancelled("OUT_OF_STOCK"));
        Eventually.await("the end handled", MAIL, () -> handled(http), handled -> handled > handledBefore);
        assertTrue(Smtp.mailsTo(email).isEmpty(), "no address yet, no mail");

        order.send(QUEUE, order.placed(email));

        MimeMessage mail = Eventually.await("the mail to " + email, MAIL, () -> Smtp.mailsTo(email), mails -> !mails.isEmpty()).get(0);
        assertTrue(mail.getSubject().contains(confirmed ? "confirmed" : "cancelled"), mail.getSubject());
        assertTrue(mail.getMessageID().contains(orderId), "one identity per order and mail: " + mail.getMessageID());
        double handledOnce = handled(http);
        order.send(QUEUE, order.placed(email));
        order.send(QUEUE, confirmed ? order.confirmed("12.50") : order.cancelled("OUT_OF_STOCK"));
        Eventually.await("the repeats handled", MAIL, () -> handled(http), handled -> handled >= handledOnce + 2);
        assertEquals(1, Smtp.mailsTo(email).size(), "a repeated address or end sends nothing more");
        assertEquals(failuresBefore, failures(http), "no delivery failed: none waited for a redelivery");
    }

    /**
     * Addresses and ends notification.orders handled so far, all tests together. A mail goes in the handling's
     * transaction, so once an event counts here, any mail it sent has reached the SMTP server.
     */
    private static double handled(Http http) {
        return sum(http, "eventwire_events_handled_total");
    }

    /** Failed deliveries of addresses and ends at notification.orders, all tests together. */
    private static double failures(Http http) {
        return sum(http, "eventwire_event_failures_total");
    }

    /** Copies of events notification.orders refused because it had handled them. */
    private static double duplicates(Http http) {
        return Metrics.value(Metrics.scrape(http), "eventwire_duplicate_events_total",
                Map.of("subscription", NotificationOrdersConsumer.SUBSCRIPTION));
    }

    private static double sum(Http http, String series) {
        String scrape = Metrics.scrape(http);
        return TYPES.stream().mapToDouble(type -> Metrics.value(scrape, series,
                Map.of("subscription", NotificationOrdersConsumer.SUBSCRIPTION, "type", type))).sum();
    }
}
