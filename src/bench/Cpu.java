import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent so far by a process, read from /proc/&lt;pid&gt;/stat (user + system): unlike wall-clock figures
 * it does not change when something else runs on the machine.
 */
final class Cpu {

    private static final double TICKS_PER_SECOND = clockTicks();

    private Cpu() {
    }

    /** The process named by a pid file (its first line), in seconds; NaN if it cannot be read. */
    static double process(Path pidFile) {
        try {
            long[] stat = stat(pid(pidFile));
            return (stat[0] + stat[1]) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * A process and its children, in seconds: PostgreSQL's postmaster, its live backends, and — through the
     * postmaster's own counters of the children it reaped — the backends that ended. NaN if it cannot be read.
     */
    static double tree(Path pidFile) {
        try {
            long parent = pid(pidFile);
            long[] own = stat(parent);
            long ticks = own[0] + own[1] + own[2] + own[3];
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    String name = process.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        ticks += childTicks(Long.parseLong(name), parent);
                    }
                }
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** This JVM's own CPU time, in seconds. */
    static double own() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static long pid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
    }

    /** utime + stime of a child of the parent; 0 for any other process, or one that has gone meanwhile. */
    private static long childTicks(long pid, long parent) {
        try {
            String[] fields = fields(pid);
            return Long.parseLong(fields[1]) == parent ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime, stime, cutime, cstime in clock ticks (proc(5): fields 14 to 17). */
    private static long[] stat(long pid) throws IOException {
        String[] fields = fields(pid);
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14])};
    }

    /** The fields after the command name, which may itself hold spaces and parentheses: fields[0] is field 3 (state),
     *  fields[1] field 4 (the parent's pid). */
    private static String[] fields(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Double.parseDouble(ticks) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
