package io.eventwire.notification.boundary;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.NotificationSent;
import io.eventwire.messaging.control.MeetingRows;
import io.eventwire.notification.control.Postbox;
import io.eventwire.notification.entity.Mail;
import io.eventwire.notification.entity.Notice;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Tells the customer how their order ended, once per order. The end (OrderConfirmed, OrderCancelled) does not
 * carry the address: it is read from the order's OrderPlaced in the event store, which holds it before the order
 * can end. Notification does not subscribe to OrderPlaced: that delivery, a two-phase commit for every order,
 * only copied the address (src/docs/performance.md).
 */
@Stateless
public class Notifier {

    public static final String ORDER_CONFIRMED = "order-confirmed";
    public static final String ORDER_CANCELLED = "order-cancelled";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRows rows;

    @Inject
    Postbox postbox;

    @Inject
    EventPublisher events;

    @Inject
    EventStore eventStore;

    public void confirmed(String orderId, String total, String causationId) {
        ended(orderId, ORDER_CONFIRMED, total, causationId);
    }

    public void cancelled(String orderId, String reason, String causationId) {
        ended(orderId, ORDER_CANCELLED, reason, causationId);
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

    private void ended(String orderId, String outcome, String detail, String causationId) {
        Notice notice = notice(orderId);
        notice.ended(outcome, detail, causationId);
        if (notice.email() == null) {
            notice.addressedTo(eventStore.placed(orderId).email());
        }
        mailIfComplete(notice);
    }

    private Notice notice(String orderId) {
        return rows.locked(Notice.class, orderId, () -> new Notice(orderId));
    }

    private void mailIfComplete(Notice notice) {
        if (!notice.readyToMail()) {
            return;
        }
        String orderId = notice.orderId();
        boolean confirmed = notice.outcome().equals(ORDER_CONFIRMED);
        String subject = confirmed ? "Your order is confirmed" : "Your order was cancelled";
        String body = confirmed
                ? "Thank you. Your order " + orderId + " is confirmed; we charged " + notice.outcomeDetail() + "."
                : "We are sorry: your order " + orderId + " was cancelled (" + notice.outcomeDetail()
                        + "). You were not charged.";
        String channel = postbox.deliver(notice.email(), subject, body, notice.outcome() + "." + orderId);
        em.persist(new Mail(orderId, notice.outcome(), channel, notice.email(), subject, body));
        notice.mailed();
        events.publish(new NotificationSent(orderId, channel, notice.outcome(), notice.email()), orderId,
                notice.outcomeEventId());
    }
}
