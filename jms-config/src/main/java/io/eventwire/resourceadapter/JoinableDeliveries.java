package io.eventwire.resourceadapter;

import java.util.Map;
import javax.transaction.xa.XAResource;
import org.apache.activemq.artemis.core.client.impl.ActiveMQXAResource;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapperFactory;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapperImpl;

/**
 * Gives a consumer's transaction one branch on the broker instead of two. The adapter hands Payara each MDB
 * delivery's session inside a wrapper (for recovery's bookkeeping) that Artemis's own sessions do not see through.
 * So when the bean publishes through the pooled connection factory, the publishing session cannot tell that it talks
 * to the same broker, and Payara opens a second branch there: its own XA start, end, prepare and commit, and a second
 * prepared record in the broker's journal, for every event published by a consumer. This wrapper also shows the
 * session it wraps, as Artemis's outbound wrapper does; the publishing session then recognises the broker, Payara
 * joins it to the delivery's branch (XA TMJOIN), and the acknowledgement and the events it publishes are prepared and
 * committed as one. Artemis finds this factory as a service of its service extensions
 * (META-INF/services in this adapter).
 */
public class JoinableDeliveries implements ActiveMQXAResourceWrapperFactory {

    @Override
    public ActiveMQXAResourceWrapper wrap(XAResource session, Map<String, Object> properties) {
        return new Delivery(session, properties);
    }

    static final class Delivery extends ActiveMQXAResourceWrapperImpl implements ActiveMQXAResource {

        Delivery(XAResource session, Map<String, Object> properties) {
            super(session, properties);
        }
    }
}
