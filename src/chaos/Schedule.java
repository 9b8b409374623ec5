import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * When the kills happen: kill i is due once the load has submitted {@code at[i]} orders (random points of the
 * order stream), and the load does not pass the next kill's point before kill i was done. So every kill falls
 * inside the load however long the restarts take, and the load never races ahead of the faults.
 */
final class Schedule {

    enum Fault { SERVER, BROKER, CONNECTIONS }

    private final List<Fault> faults;
    private final int[] at;
    private final int orders;
    private int submitted;
    private int fired;
    private boolean loadOver;

    private Schedule(List<Fault> faults, int[] at, int orders) {
        this.faults = faults;
        this.at = at;
        this.orders = orders;
    }

    /** The kinds in random order, at random points between 5 % and 95 % of the orders. */
    static Schedule random(Options options, Random random) {
        List<Fault> faults = new ArrayList<>();
        faults.addAll(Collections.nCopies(options.serverKills(), Fault.SERVER));
        faults.addAll(Collections.nCopies(options.brokerKills(), Fault.BROKER));
        faults.addAll(Collections.nCopies(options.connectionKills(), Fault.CONNECTIONS));
        Collections.shuffle(faults, random);
        int first = options.orders() / 20;
        int span = Math.max(1, options.orders() * 9 / 10);
        int[] at = random.ints(faults.size(), first, first + span).sorted().toArray();
        return new Schedule(List.copyOf(faults), at, options.orders());
    }

    List<Fault> faults() {
        return faults;
    }

    /** Blocks the load before the given order while a kill that belongs before it has not been done. */
    synchronized void awaitTurn(int order) throws InterruptedException {
        while (fired < killsBefore(order)) {
            wait();
        }
    }

    synchronized void submitted(int count) {
        submitted = count;
        notifyAll();
    }

    synchronized void loadOver() {
        loadOver = true;
        notifyAll();
    }

    /** False when the load ended first (it failed): the kill is not done. */
    synchronized boolean awaitDue(int kill) throws InterruptedException {
        while (submitted < at[kill] && !loadOver) {
            wait();
        }
        return !loadOver;
    }

    synchronized void fired(int kill) {
        fired = kill + 1;
        notifyAll();
    }

    /** How many kills must be done before this order: kill i before kill i+1's point, the last before the last order. */
    private int killsBefore(int order) {
        int kills = 0;
        for (int i = 0; i < at.length; i++) {
            int next = i + 1 < at.length ? at[i + 1] : orders - 1;
            if (next <= order) {
                kills = i + 1;
            }
        }
        return kills;
    }

    @Override
    public String toString() {
        return faults + " at orders " + Arrays.toString(at);
    }
}
