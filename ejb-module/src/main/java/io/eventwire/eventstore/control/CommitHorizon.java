package io.eventwire.eventstore.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the event store can be read without skipping: a sequence is handed out at insert, not at commit, so
 * an event may commit after a later-numbered one. The settled sequence is one below which every event is
 * committed or never will be; a cursor that reads no further than it sees each committed event exactly once.
 * <p>
 * A {@link WriterClock.Mark} (the last sequence drawn, then a transaction id) settles once no transaction with a
 * lower id is writing events: any that drew a sequence up to the mark has then ended, and writers still to come
 * draw above it. Reading waits a little for the event writers of the moment to end; one that does not (in doubt
 * after a crash) holds every reader back at the last settled mark until it is resolved, and is never passed.
 * Details and measurements: src/docs/event-store.md.
 */
@ApplicationScoped
public class CommitHorizon {

    /** How long a reader waits for the event writers of the moment before it settles for an older mark. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long LONGEST_PAUSE_MILLIS = 50;

    /** Marks are kept while they wait to settle (one per read); beyond this many the oldest are forgotten. */
    private static final int PENDING_MARKS = 10_000;

    @Inject
    WriterClock clock;

    /** Pending marks by transaction id; a newer mark settles no earlier than an older one. */
    private final ConcurrentSkipListMap<Long, Long> pending = new ConcurrentSkipListMap<>();

    private final AtomicLong settled = new AtomicLong();

    /**
     * The highest sequence at and below which every event is decided, as fresh as the event writers running
     * now allow within {@link #PATIENCE}. Call it outside any transaction that writes events: the reader's own
     * transaction would be one of the writers its mark waits for.
     */
    public long settled() {
        WriterClock.Mark mark = clock.mark();
        remember(mark);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            long oldestWriter = clock.oldestEventWriter();
            settleBelow(oldestWriter);
            if (mark.transaction() < oldestWriter) {
                return settled.accumulateAndGet(mark.sequence(), Math::max);
            }
            if (System.nanoTime() > deadline || !paused(pause)) {
                return settled.get();
            }
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }

    private void remember(WriterClock.Mark mark) {
        pending.put(mark.transaction(), mark.sequence());
        while (pending.size() > PENDING_MARKS) {
            pending.pollFirstEntry();
        }
    }

    private void settleBelow(long oldestWriter) {
        for (Map.Entry<Long, Long> oldest = pending.firstEntry(); oldest != null && oldest.getKey() < oldestWriter;
             oldest = pending.firstEntry()) {
            if (pending.remove(oldest.getKey(), oldest.getValue())) {
                settled.accumulateAndGet(oldest.getValue(), Math::max);
            }
        }
    }

    /** False when interrupted (the server stops): the reader then takes the older settled mark. */
    private static boolean paused(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
