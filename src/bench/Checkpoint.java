import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A growth run's report point: when so many orders are stored, the figures of the window of the bench's orders that
 * ended last before it — ranks (from, to] in the order they ended, at most --window of them. Points: 1,000, 10,000,
 * 100,000 … stored orders below the target, and the target; none where the store already held that many.
 * <p>
 * The target's window ends where the last order is placed, {@code inFlight} ranks before the end: the orders that end
 * after it end with no new ones coming behind them, faster than under load, and would flatter the target's figure.
 */
record Checkpoint(long stored, long from, long to) {

    static List<Checkpoint> of(long storedBefore, long target, long window, long inFlight) {
        List<Long> points = new ArrayList<>();
        for (long stored = 1000; stored < target; stored *= 10) {
            points.add(stored);
        }
        points.add(target);
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (long stored : points) {
            long to = stored - storedBefore - (stored == target ? inFlight : 0);
            if (to > 0) {
                checkpoints.add(new Checkpoint(stored, Math.max(0, to - window), to));
            }
        }
        return checkpoints;
    }

    static Set<Long> ranks(List<Checkpoint> checkpoints) {
        Set<Long> ranks = new HashSet<>();
        checkpoints.forEach(checkpoint -> {
            ranks.add(checkpoint.from());
            ranks.add(checkpoint.to());
        });
        return ranks;
    }
}
