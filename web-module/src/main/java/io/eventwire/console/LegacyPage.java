package io.eventwire.console;

import io.eventwire.legacy.boundary.LegacyTraffic;
import io.eventwire.legacy.entity.Exchange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The legacy queues at a glance: the newest records received, rejected (with why) and status records sent. */
@Named
@RequestScoped
public class LegacyPage {

    static final int NEWEST = 50;

    @Inject
    LegacyTraffic traffic;

    public List<Exchange> getReceived() {
        return traffic.newest(Exchange.Kind.RECEIVED, NEWEST);
    }

    public List<Exchange> getRejected() {
        return traffic.newest(Exchange.Kind.REJECTED, NEWEST);
    }

    public List<Exchange> getStatuses() {
        return traffic.newest(Exchange.Kind.STATUS, NEWEST);
    }
}
