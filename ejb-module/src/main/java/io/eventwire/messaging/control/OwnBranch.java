package io.eventwire.messaging.control;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * A session's XA resource that is never "the same resource manager" as another: otherwise the transaction manager
 * would join to the session's branch what a delivery sends through the adapter's pool (a message moved to the DLQ),
 * and two sessions that hold one branch both roll it back when the server dies, which left messages "delivering" on
 * the broker (reliability.md, "A joined broker branch that did not survive a server kill"). The events a delivery
 * publishes go through the session itself ({@link DeliveryChannel}).
 */
final class OwnBranch implements XAResource {

    private final XAResource session;

    OwnBranch(XAResource session) {
        this.session = session;
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public void start(Xid xid, int flags) throws XAException {
        session.start(xid, flags);
    }

    @Override
    public void end(Xid xid, int flags) throws XAException {
        session.end(xid, flags);
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        return session.prepare(xid);
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        session.commit(xid, onePhase);
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        session.rollback(xid);
    }

    @Override
    public void forget(Xid xid) throws XAException {
        session.forget(xid);
    }

    @Override
    public Xid[] recover(int flag) throws XAException {
        return session.recover(flag);
    }

    @Override
    public int getTransactionTimeout() throws XAException {
        return session.getTransactionTimeout();
    }

    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        return session.setTransactionTimeout(seconds);
    }
}
