import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's transactional ceiling, measured against the running broker with its own journal settings: Artemis's
 * perf client sends persistent 1 KiB messages, one per transaction, from 4 producers to 4 consumers on a queue of
 * the bench's own (removed afterwards), for a fixed time. The figure is messages received per second. The issue's
 * `--tx-size 1` is called `--commit-interval 1` in Artemis 2.40.
 */
final class Ceiling {

    static final String QUEUE = Broker.OWN_PREFIX + "ceiling";
    private static final Pattern TOTAL_RECEIVED = Pattern.compile("--- total received:\\s*([0-9][0-9,. ]*)");

    /** Messages per second through one transaction to send and one to receive each; the perf client's log. */
    record Result(double messagesPerSecond, Path log) {
    }

    private final Options options;
    private final Broker broker;

    Ceiling(Options options, Broker broker) {
        this.options = options;
        this.broker = broker;
    }

    List<String> command() {
        // Not --silent: that also keeps the perf client from printing its summary. Its questions (a connection
        // that fails asks for another URL) read end of input from /dev/null and fail instead.
        return List.of(options.artemis().toString(), "perf", "client", "--url", options.brokerUrl(),
                "--user", Broker.USER, "--password", Broker.PASSWORD, "--persistent", "--message-size", "1024",
                "--commit-interval", "1", "--producers", "4", "--consumers", "4",
                "--duration", String.valueOf(options.ceilingSeconds()), "queue://" + QUEUE);
    }

    /** The command as it may be printed: without the password. */
    String shown() {
        List<String> shown = new ArrayList<>(command());
        shown.set(shown.indexOf("--password") + 1, "…");
        return String.join(" ", shown);
    }

    Result measure() throws Exception {
        Path log = options.logDirectory().resolve("ceiling.log");
        Process perf = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(log.toFile()).start();
        boolean ended = perf.waitFor(options.ceilingSeconds() + 120L, TimeUnit.SECONDS);
        if (!ended) {
            perf.destroyForcibly().waitFor();
        }
        broker.removeOwnQueue(QUEUE);
        if (!ended) {
            throw new IllegalStateException("artemis perf client did not end; see " + log);
        }
        String output = Files.readString(log);
        Matcher received = TOTAL_RECEIVED.matcher(output);
        if (perf.exitValue() != 0 || !output.contains("success") || !received.find()) {
            throw new IllegalStateException("artemis perf client failed (exit " + perf.exitValue() + "); see " + log);
        }
        long messages = Long.parseLong(received.group(1).replaceAll("[^0-9]", ""));
        return new Result((double) messages / options.ceilingSeconds(), log);
    }
}
