package io.eventwire.notification.boundary;

import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.NotificationSent;
import io.eventwire.notification.control.Postbox;
import io.eventwire.notification.entity.Mail;
import io.eventwire.notification.entity.Recipient;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Tells the customer how their order ended, once per order and outcome. */
@Stateless
public class Notifier {

    public static final String ORDER_CONFIRMED = "order-confirmed";
    public static final String ORDER_CANCELLED = "order-cancelled";

    @PersistenceContext
    EntityManager em;

    @Inject
    Postbox postbox;

    @Inject
    EventPublisher events;

    public void remember(String orderId, String email) {
        if (em.find(Recipient.class, orderId) == null) {
            em.persist(new Recipient(orderId, email));
        }
    }

    public void confirmed(String orderId, String total, String causationId) {
        send(orderId, ORDER_CONFIRMED, "Your order is confirmed",
                "Thank you. Your order " + orderId + " is confirmed; we charged " + total + ".", causationId);
    }

    public void cancelled(String orderId, String reason, String causationId) {
        send(orderId, ORDER_CANCELLED, "Your order was cancelled",
                "We are sorry: your order " + orderId + " was cancelled (" + reason + "). You were not charged.",
                causationId);
    }

    public List<Mail> mailsFor(String orderId) {
        return em.createNamedQuery(Mail.FOR_ORDER, Mail.class).setParameter("orderId", orderId).getResultList();
    }

    /** The dev mailbox: every mail sent, newest first. */
    public List<Mail> newestFirst(int first, int max) {
        return em.createNamedQuery(Mail.NEWEST_FIRST, Mail.class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long countMails() {
        return em.createNamedQuery(Mail.COUNT, Long.class).getSingleResult();
    }

    private void send(String orderId, String template, String subject, String body, String causationId) {
        Recipient recipient = em.find(Recipient.class, orderId);
        if (recipient == null) {
            // OrderPlaced has not reached us yet: fail, so the broker redelivers this event later.
            throw new IllegalStateException("no recipient yet for order " + orderId);
        }
        String channel = postbox.deliver(recipient.email(), subject, body);
        em.persist(new Mail(orderId, template, channel, recipient.email(), subject, body));
        events.publish(new NotificationSent(orderId, channel, template, recipient.email()), orderId, causationId);
    }
}
