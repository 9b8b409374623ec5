package io.eventwire.deadletter.boundary;

import io.eventwire.deadletter.control.DeadLetterQueue;
import io.eventwire.deadletter.entity.DeadLetter;
import io.eventwire.messaging.control.CorrelatedLog;
import io.eventwire.messaging.control.DeadLettering;
import io.eventwire.messaging.control.FailureLog;
import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.annotation.Resource;
import io.eventwire.platform.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an operator does with dead letters: look at them beside the failure that killed them, send one back to
 * the queue it died in, or delete it. Viewers may only look; the roles are enforced here, for every caller.
 */
@Stateless
@DeclareRoles({Roles.OPERATOR, Roles.VIEWER})
public class DeadLetters {


    private static final CorrelatedLog LOG = CorrelatedLog.of(DeadLetters.class);

    @Inject
    DeadLetterQueue queue;

    @Inject
    FailureLog failures;

    @Resource
    SessionContext session;

    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER})
    public List<DeadLetter> all() {
        return queue.browse(this::deadLetter).stream().flatMap(Optional::stream).toList();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER})
    public Optional<DeadLetter> find(String id) {
        return all().stream().filter(letter -> letter.id().equals(id)).findFirst();
    }

    /** Back to its original queue only; false when no such dead letter is (still) there. */
    @RolesAllowed(Roles.OPERATOR)
    public boolean retry(String id) {
        boolean retried = queue.retry(id);
        LOG.info(null, () -> session.getCallerPrincipal().getName() + (retried ? " retried " : " found no ") + "dead letter " + id);
        return retried;
    }

    @RolesAllowed(Roles.OPERATOR)
    public boolean delete(String id) {
        boolean deleted = queue.delete(id);
        LOG.info(null, () -> session.getCallerPrincipal().getName() + (deleted ? " deleted " : " found no ") + "dead letter " + id);
        return deleted;
    }

    /** Each in a transaction of its own, so one that is gone does not hold back the others; returns how many were done. */
    @RolesAllowed(Roles.OPERATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int retryAll(List<String> ids) {
        DeadLetters self = session.getBusinessObject(DeadLetters.class);
        return (int) ids.stream().filter(self::retry).count();
    }

    @RolesAllowed(Roles.OPERATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deleteAll(List<String> ids) {
        DeadLetters self = session.getBusinessObject(DeadLetters.class);
        return (int) ids.stream().filter(self::delete).count();
    }

    private Optional<DeadLetter> deadLetter(Message message) {
        return DeadLetterQueue.idOf(message).map(id -> {
            String queueName = DeadLetterQueue.header(message, m -> m.getStringProperty(DeadLetterQueue.ORIGINAL_QUEUE));
            FailureLog.History history = failures.of(queueName, DeadLettering.keyOf(message));
            Optional<ConsumerFailure> last = history.last();
            Integer movedAfter = DeadLetterQueue.header(message, m -> m.propertyExists(DeadLettering.DELIVERIES)
                    ? m.getIntProperty(DeadLettering.DELIVERIES) : null);
            return new DeadLetter(id,
                    DeadLetterQueue.originalAddress(message),
                    queueName,
                    last.map(ConsumerFailure::eventId).orElse(DeadLetterQueue.header(message, m -> m.getStringProperty("eventId"))),
                    last.map(ConsumerFailure::eventType).orElse(DeadLetterQueue.header(message, m -> m.getStringProperty("eventType"))),
                    last.map(ConsumerFailure::correlationId).orElse(DeadLetterQueue.header(message, Message::getJMSCorrelationID)),
                    Instant.ofEpochMilli(DeadLetterQueue.header(message, m -> m.propertyExists(DeadLettering.SENT_AT)
                            ? m.getLongProperty(DeadLettering.SENT_AT) : m.getJMSTimestamp())),
                    movedAfter != null ? movedAfter : last.map(ConsumerFailure::deliveryCount).orElse(null),
                    last.isPresent(),
                    history.failures(),
                    last.map(ConsumerFailure::failedAt).orElse(null),
                    last.map(ConsumerFailure::exceptionClass).orElse(null),
                    last.map(ConsumerFailure::message).orElse(null),
                    DeadLetterQueue.body(message));
        });
    }
}
