package io.eventwire.legacy.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A STOMP 1.2 client in plain frames over a socket, as a legacy script without a library would write it. */
final class Stomp implements AutoCloseable {

    /** One frame from the broker. */
    record Frame(String command, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Stomp(int port, String user, String password) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        send("CONNECT", Map.of("accept-version", "1.2", "host", "localhost", "login", user, "passcode", password),
                new byte[0]);
    }

    Frame connected() {
        return receive();
    }

    /** SEND with content-length: the broker hands it on as a BytesMessage. */
    void sendBytes(String queue, Map<String, String> properties, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(properties);
        headers.put("destination", queue);
        headers.put("destination-type", "ANYCAST");
        headers.put("content-length", String.valueOf(body.length));
        send("SEND", headers, body);
    }

    void subscribe(String queue, String selector) {
        send("SUBSCRIBE", Map.of("id", "1", "destination", queue, "subscription-type", "ANYCAST", "ack", "auto",
                "selector", selector), new byte[0]);
    }

    Frame receive() {
        try {
            String command = line();
            while (command.isEmpty()) {
                command = line(); // heart-beats
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.putIfAbsent(header.substring(0, colon), header.substring(colon + 1));
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed in a frame");
                }
                body.write(b);
            }
            return new Frame(command, headers, body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private void send(String command, Map<String, String> headers, byte[] body) {
        StringBuilder frame = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> frame.append(name).append(':').append(value).append('\n'));
        try {
            out.write(frame.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.write(0);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            send("DISCONNECT", Map.of(), new byte[0]);
            socket.close();
        } catch (IOException | UncheckedIOException e) {
            // the broker may already have closed it
        }
    }
}
