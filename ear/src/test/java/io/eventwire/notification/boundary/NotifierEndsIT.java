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
 * An order's end reaches notification.orders without its OrderPlaced, whose address is read from the event store:
 * the customer gets exactly one mail, at the SMTP server, however many copies of the end arrive at once, and no
 * delivery fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotifierEndsIT {

    private static final String QUEUE = "orders::" + NotificationOrdersConsumer.SUBSCRIPTION;
    private static final Duration MAIL = Duration.ofSeconds(60);
    private static final List<String> TYPES = List.of("OrderConfirmed", "OrderCancelled");

    @ArquillianResource
    URL base;

    @Test
    void aConfirmationIsMailedOnceToTheStoredAddress() throws Exception {
        endMailedOnce(true);
    }

    @Test
    void aCancellationIsMailedOnceToTheStoredAddress() throws Exception {
        endMailedOnce(false);
    }

    @Test
    void endsOfManyOrdersArrivingTogetherMailEachCustomerOnce() {
        Http http = new Http(base);
        double failuresBefore = failures(http);
        double handledBefore = handled(http);
        List<String> emails = new ArrayList<>();
        List<Runnable> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            OrderEvents order = new OrderEvents(UUID.randomUUID().toString());
            String email = "together-" + UUID.randomUUID() + "@example.com";
            emails.add(email);
            OrderEvents.stored(order.placed(email));
            String confirmed = order.confirmed("1.00");
            sends.add(() -> order.send(QUEUE, confirmed));
        }

        sends.parallelStream().forEach(Runnable::run);

        Eventually.await("all 10 ends handled", MAIL, () -> handled(http), handled -> handled >= handledBefore + 10);
        emails.forEach(email -> assertEquals(1, Smtp.mailsTo(email).size(), "one mail to " + email));
        assertEquals(failuresBefore, failures(http), "no delivery failed");
    }

    @Test
    void theSameEndDeliveredSeveralTimesAtOnceMailsOnceAndFailsNothing() {
        Http http = new Http(base);
        String email = "copies-" + UUID.randomUUID() + "@example.com";
        OrderEvents order = new OrderEvents(UUID.randomUUID().toString());
        OrderEvents.stored(order.placed(email));
        double failuresBefore = failures(http);
        double duplicatesBefore = duplicates(http);
        String confirmed = order.confirmed("3.00");

        Collections.nCopies(4, confirmed).parallelStream().forEach(copy -> order.send(QUEUE, copy));

        Eventually.await("three copies refused", MAIL, () -> duplicates(http), refused -> refused >= duplicatesBefore + 3);
        assertEquals(1, Smtp.mailsTo(email).size(), "one mail to " + email);
        assertEquals(failuresBefore, failures(http), "the copies waited for the first and were refused, none failed");
    }

    private void endMailedOnce(boolean confirmed) throws Exception {
        Http http = new Http(base);
        double failuresBefore = failures(http);
        String orderId = UUID.randomUUID().toString();
        String email = "ended-" + UUID.randomUUID() + "@example.com";
        OrderEvents order = new OrderEvents(orderId);
        OrderEvents.stored(order.placed(email));
        String end = confirmed ? order.confirmed("12.50") : order.cancelled("OUT_OF_STOCK");

        order.send(QUEUE, end);

        MimeMessage mail = Eventually.await("the mail to " + email, MAIL, () -> Smtp.mailsTo(email), mails -> !mails.isEmpty()).get(0);
        assertTrue(mail.getSubject().contains(confirmed ? "confirmed" : "cancelled"), mail.getSubject());
        assertTrue(mail.getMessageID().contains(orderId), "one identity per order and mail: " + mail.getMessageID());
        double seenOnce = handled(http) + duplicates(http);
        order.send(QUEUE, end);
        Eventually.await("the repeat handled", MAIL, () -> handled(http) + duplicates(http), seen -> seen > seenOnce);
        assertEquals(1, Smtp.mailsTo(email).size(), "a repeated end sends nothing more");
        assertEquals(failuresBefore, failures(http), "no delivery failed");
    }

    /**
     * Ends notification.orders handled so far, all tests together. A mail goes in the handling's
     * transaction, so once an event counts here, any mail it sent has reached the SMTP server.
     */
    private static double handled(Http http) {
        return sum(http, "eventwire_events_handled_total");
    }

    /** Failed deliveries of ends at notification.orders, all tests together. */
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
