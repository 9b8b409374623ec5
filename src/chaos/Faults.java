import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Does the schedule's kills one after the other: kill -9 of the server's or the broker's JVM (found by its pid
 * file, and only if its command line names our instance directory), or pg_terminate_backend of the application's
 * sessions; then `src/bin/eventwire start`, which brings up what is down, and the time until /health is UP.
 */
final class Faults implements Runnable {

    /**
     * How long the suite waits from a kill for a healthy system before it calls the fault unrecovered and goes on.
     * Far above the 90 s a restart may take: a slow restart is measured, not cut short and blamed on the next kill.
     */
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(10);

    /** What a kill did: done is false when there was nothing of ours to kill (what says why). */
    record Kill(boolean done, String what) {
    }

    /** One kill and what it took to come back; secondsToHealthy is null when it never did. */
    record Recovery(int number, Schedule.Fault fault, Instant killedAt, Kill kill, Double secondsToHealthy,
                    String note) {

        /** After the time to healthy: why the probe before the last failed, when one did (the check and its error). */
        String failedProbe() {
            return note.isEmpty() ? "" : " (last failed probe: " + note + ")";
        }
    }

    private final Options options;
    private final Schedule schedule;
    private final Api api;
    private final Database database;
    private final List<Recovery> recoveries = new ArrayList<>();

    Faults(Options options, Schedule schedule, Api api, Database database) {
        this.options = options;
        this.schedule = schedule;
        this.api = api;
        this.database = database;
    }

    @Override
    public void run() {
        try {
            List<Schedule.Fault> faults = schedule.faults();
            for (int i = 0; i < faults.size() && schedule.awaitDue(i); i++) {
                Instant killedAt = Instant.now();
                Kill kill = inflict(faults.get(i));
                schedule.fired(i);
                Recovery recovery = recover(i + 1, faults.get(i), killedAt, kill);
                System.err.printf("[chaos] kill %d/%d %s (%s): %s%n", i + 1, faults.size(), faults.get(i), kill.what(),
                        recovery.secondsToHealthy() == null ? "NOT healthy again: " + recovery.note()
                                : String.format("healthy after %.1f s", recovery.secondsToHealthy()) + recovery.failedProbe());
                synchronized (recoveries) {
                    recoveries.add(recovery);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Recovery> recoveries() {
        synchronized (recoveries) {
            return List.copyOf(recoveries);
        }
    }

    private Kill inflict(Schedule.Fault fault) throws InterruptedException {
        try {
            return new Kill(true, switch (fault) {
                case SERVER -> killJvm(options.serverPidFile());
                case BROKER -> killJvm(options.brokerPidFile());
                case CONNECTIONS -> database.terminateApplicationSessions() + " database sessions";
            });
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            return new Kill(false, "nothing killed: " + e.getMessage());
        }
    }

    /** Our JVMs only: the pid file lives in the instance directory, and the process must name that directory. */
    private static String killJvm(Path pidFile) throws IOException, InterruptedException {
        Path instance = pidFile.getParent().getParent();
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle process = ProcessHandle.of(pid)
                .filter(handle -> handle.info().commandLine().orElse("").contains(instance.toString()))
                .orElseThrow(() -> new IOException("pid " + pid + " from " + pidFile + " is not running from " + instance));
        process.destroyForcibly();
        try {
            process.onExit().get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("pid " + pid + " survived kill -9 for 15 s", e);
        }
        return "pid " + pid;
    }

    /** `start` until /health is UP, as often as the recovery limit allows. */
    private Recovery recover(int number, Schedule.Fault fault, Instant killedAt, Kill kill) throws InterruptedException {
        Instant deadline = killedAt.plus(RECOVERY_LIMIT);
        String note = "";
        while (Instant.now().isBefore(deadline)) {
            Optional<Integer> exit = start(number, Duration.between(Instant.now(), deadline));
            Optional<String> unhealthy = api.unhealthy();
            if (unhealthy.isEmpty()) {
                double seconds = Duration.between(killedAt, Instant.now()).toMillis() / 1000.0;
                return new Recovery(number, fault, killedAt, kill, seconds, note);
            }
            note = exit.map(code -> "start exited " + code).orElse("start did not return") + ", then /health: "
                    + unhealthy.get() + "; see " + log(number);
            TimeUnit.SECONDS.sleep(5);
        }
        return new Recovery(number, fault, killedAt, kill, null, note);
    }

    /** Runs `src/bin/eventwire start` with our environment (the ports), its output in the kill's log; its exit code. */
    private Optional<Integer> start(int number, Duration limit) throws InterruptedException {
        try {
            Process start = new ProcessBuilder(options.script().toString(), "start")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(number).toFile()))
                    .start();
            if (start.waitFor(Math.max(1, limit.toSeconds()), TimeUnit.SECONDS)) {
                return Optional.of(start.exitValue());
            }
            start.descendants().forEach(ProcessHandle::destroyForcibly);
            start.destroyForcibly();
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + options.script(), e);
        }
    }

    private Path log(int number) {
        return options.logDirectory().resolve("restart-" + number + ".log");
    }
}
