package io.eventwire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The test broker's process (the instance src/bin/eventwire test made in .eventwire/test/broker), killed and
 * started again as an operator would: kill -9 of the pid its service script recorded, then {@code artemis-service
 * start}. Only a process whose command line names this instance is ever killed.
 */
public final class BrokerProcess {

    private static final Duration START = Duration.ofSeconds(60);

    private BrokerProcess() {
    }

    static Path instance() {
        return Path.of(System.getProperty("eventwire.repo.root"), ".eventwire", "test", "broker").toAbsolutePath();
    }

    /** kill -9, and returns once the process is gone. */
    public static void kill() {
        ProcessHandle broker = running();
        broker.destroyForcibly();
        try {
            broker.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker " + broker.pid() + " did not die within 10 s", e);
        }
    }

    /** Starts the instance and returns once it accepts connections. */
    public static void start() {
        try {
            Process service = new ProcessBuilder(instance().resolve("bin/artemis-service").toString(), "start")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
                throw new IllegalStateException("artemis-service start did not return within 30 s");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Eventually.await("the broker to accept connections on port " + Broker.port(), START,
                BrokerProcess::accepting, Boolean::booleanValue);
    }

    private static ProcessHandle running() {
        Path pidFile = instance().resolve("data/artemis.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("no broker process " + pid + " (" + pidFile + ")"));
            String commandLine = process.info().commandLine().orElse("");
            if (!commandLine.contains(instance().toString())) {
                throw new IllegalStateException("process " + pid + " is not the test broker of " + instance()
                        + ": " + commandLine);
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file " + pidFile, e);
        }
    }

    private static boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", Broker.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
