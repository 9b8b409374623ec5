package io.eventwire.platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * A third resource in an order's transaction, for tests only, that stops the server at a chosen point of the
 * two-phase commit. Payara prepares and commits resources in the order they were enlisted.
 * <ul>
 * <li>{@link #holdingCommit}, enlisted first: votes yes, so once the database and the broker have voted yes
 * too, Payara logs the commit decision and commits this resource first; here it waits for the server to die,
 * leaving both real branches prepared with the decision logged.</li>
 * <li>{@link #haltingPrepare}, enlisted last: the database and the broker are prepared, no decision is logged
 * yet, and the server dies.</li>
 * </ul>
 */
final class HaltingResource implements XAResource {

    /** Long enough for the other transaction to halt the server; if it never does, this one just commits. */
    private static final long HOLD_SECONDS = 60;

    private final boolean haltOnPrepare;
    private final CountDownLatch committing;

    private HaltingResource(boolean haltOnPrepare, CountDownLatch committing) {
        this.haltOnPrepare = haltOnPrepare;
        this.committing = committing;
    }

    /** Holds the commit phase after counting {@code committing} down: the decision is logged by then. */
    static HaltingResource holdingCommit(CountDownLatch committing) {
        return new HaltingResource(false, committing);
    }

    static HaltingResource haltingPrepare() {
        return new HaltingResource(true, new CountDownLatch(0));
    }

    @Override
    public int prepare(Xid xid) {
        if (haltOnPrepare) {
            Runtime.getRuntime().halt(137);
        }
        return XA_OK;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) {
        committing.countDown();
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(HOLD_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void rollback(Xid xid) {
    }

    @Override
    public void start(Xid xid, int flags) {
    }

    @Override
    public void end(Xid xid, int flags) {
    }

    @Override
    public void forget(Xid xid) {
    }

    @Override
    public Xid[] recover(int flag) {
        return new Xid[0];
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) {
        return false;
    }
}
