package io.eventwire.console;

import io.eventwire.eventstore.boundary.EventSelection;
import io.eventwire.replay.boundary.Replays;
import io.eventwire.replay.boundary.UnknownTargetException;
import io.eventwire.replay.entity.Replay;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * /console/replay.xhtml: replays stored events to one subscription, rebuilds a read model from the store, and
 * follows the latest one's progress.
 */
@Named
@ViewScoped
public class ReplayPage implements Serializable {

    @Inject
    Replays replays;

    @Inject
    Caller caller;

    private String subscription;
    private String type;
    private String from;
    private String to;
    private Long fromSequence;
    private Long toSequence;
    private String replayId;

    public Set<String> getSubscriptions() {
        return replays.subscriptionNames();
    }

    public void start() {
        if (!caller.mayAct()) {
            return;
        }
        try {
            EventSelection selection = new EventSelection(null, blankToNull(type), instant(from), instant(to),
                    fromSequence, toSequence);
            replayId = replays.start(subscription, selection).id();
        } catch (DateTimeParseException e) {
            error("Times are ISO-8601 UTC, like 2026-01-01T00:00:00Z: " + e.getParsedString());
        } catch (UnknownTargetException e) {
            error(e.getMessage());
        }
    }

    public Set<String> getReadModels() {
        return replays.readModelNames();
    }

    public void rebuild(String readModel) {
        if (!caller.mayAct()) {
            return;
        }
        try {
            replayId = replays.rebuild(readModel).id();
        } catch (UnknownTargetException e) {
            error(e.getMessage());
        }
    }

    /** The replay started here, or else the newest one. */
    public Replay getCurrent() {
        return replayId != null ? replays.find(replayId).orElse(null) : replays.recent(1).stream().findFirst().orElse(null);
    }

    public List<Replay> getRecent() {
        return replays.recent(10);
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static Instant instant(String value) {
        return blankToNull(value) == null ? null : Instant.parse(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getSubscription() {
        return subscription;
    }

    public void setSubscription(String subscription) {
        this.subscription = subscription;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getFromSequence() {
        return fromSequence;
    }

    public void setFromSequence(Long fromSequence) {
        this.fromSequence = fromSequence;
    }

    public Long getToSequence() {
        return toSequence;
    }

    public void setToSequence(Long toSequence) {
        this.toSequence = toSequence;
    }
}
