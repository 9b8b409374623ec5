package io.eventwire.replay.boundary;

import io.eventwire.eventstore.boundary.EventSelection;
import io.eventwire.eventstore.boundary.Projection;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.Subscriptions;
import io.eventwire.replay.control.ReadModels;
import io.eventwire.replay.control.Replayer;
import io.eventwire.replay.entity.Replay;
import io.eventwire.platform.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Starts replays and rebuilds (operator) and shows their progress (operator, viewer). */
@Stateless
@DeclareRoles({Roles.OPERATOR, Roles.VIEWER})
public class Replays {


    @PersistenceContext
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ReadModels readModels;

    @Inject
    Replayer replayer;

    /**
     * Sends the selected events of the subscription's topic to that subscription alone, in the background.
     * The selection's aggregate type is ignored: a subscription gets only its topic's events.
     */
    @RolesAllowed(Roles.OPERATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Replay start(String subscription, EventSelection criteria) {
        String queue = subscriptions.queue(subscription)
                .orElseThrow(() -> new UnknownTargetException("subscription", subscription, subscriptionNames()));
        EventSelection selection = new EventSelection(topicOf(queue).aggregateType(), criteria.type(), criteria.from(),
                criteria.to(), criteria.fromSequence(), criteria.toSequence());
        return started(replayer.create(Replay.Kind.SUBSCRIPTION, subscription, selection));
    }

    /** Applies every event the read model is derived from again, in store order, in the background. */
    @RolesAllowed(Roles.OPERATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Replay rebuild(String readModel) {
        Projection projection = readModels.named(readModel)
                .orElseThrow(() -> new UnknownTargetException("read model", readModel, readModelNames()));
        return started(replayer.create(Replay.Kind.READ_MODEL, readModel, projection.source()));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER})
    public Optional<Replay> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Replay.class, id));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER})
    public List<Replay> recent(int max) {
        return em.createNamedQuery(Replay.NEWEST_FIRST, Replay.class).setMaxResults(max).getResultList();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER})
    public Set<String> subscriptionNames() {
        return subscriptions.all().keySet();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER})
    public Set<String> readModelNames() {
        return readModels.names();
    }

    private Replay started(Replay replay) {
        replayer.run(replay.id());
        return replay;
    }

    private static Topic topicOf(String queue) {
        String address = queue.substring(0, queue.indexOf("::"));
        return Arrays.stream(Topic.values()).filter(topic -> topic.address().equals(address)).findFirst()
                .orElseThrow(() -> new IllegalStateException(queue + " consumes no topic of ours"));
    }
}
