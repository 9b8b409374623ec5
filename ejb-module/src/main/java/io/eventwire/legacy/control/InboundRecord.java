package io.eventwire.legacy.control;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One message from legacy.orders.in as it arrived: its body exactly as sent (text, or bytes as STOMP with
 * {@code content-length} produces), and the sender's own properties, so a rejection can pass both on unchanged.
 */
public record InboundRecord(String messageId, String text, byte[] bytes, String messageType,
                            Map<String, Object> properties) {

    /** The bound on one record: a larger body is rejected before anything parses it. */
    public static final int MAX_CHARACTERS = 1024 * 1024;


    public static InboundRecord of(Message message) throws JMSException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Object property : Collections.list(message.getPropertyNames())) {
            String name = property.toString();
            if (isSendersOwn(name)) {
                properties.put(name, message.getObjectProperty(name));
            }
        }
        String type = message.getClass().getSimpleName();
        if (message instanceof TextMessage text) {
            String body = text.getText();
            return new InboundRecord(message.getJMSMessageID(), body == null ? "" : body, null, type, properties);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.reset(); // from the start, whoever read the body before (a digest naming a redelivery)
            bytes.readBytes(body);
            return new InboundRecord(message.getJMSMessageID(), null, body, type, properties);
        }
        return new InboundRecord(message.getJMSMessageID(), null, null, type, properties);
    }

    /** The sender's properties: not the provider's, and only names a JMS message can carry on. */
    private static boolean isSendersOwn(String name) {
        return !name.startsWith("JMS") && !name.startsWith("_") && !name.isEmpty()
                && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    public String format() {
        Object format = properties.get("format");
        return format == null ? null : format.toString();
    }

    /** The order this record asks for, or the rejection saying why it cannot be one. */
    public LegacyOrder translate() {
        String body = body();
        return RecordFormat.of(body, format()).read(body);
    }

    /**
     * At most {@code max} characters of the body for people to look at, control characters shown as their
     * pictures (NUL as ␀): a database text column cannot hold NUL, and a reader could not see it.
     */
    public String excerpt(int max) {
        String shown = text != null ? text : bytes != null ? new String(bytes, StandardCharsets.UTF_8) : "";
        shown = shown.length() <= max ? shown : shown.substring(0, max - 1) + "…";
        StringBuilder visible = new StringBuilder(shown.length());
        shown.chars().forEach(c -> visible.append(isControl(c) ? picture(c) : (char) c));
        return visible.toString();
    }

    private String body() {
        if (text == null && bytes == null) {
            throw new Rejection(RejectCode.UNSUPPORTED_MESSAGE,
                    "a " + messageType + " has no text; send a TextMessage or a BytesMessage of UTF-8");
        }
        int size = text != null ? text.length() : bytes.length;
        if (size > MAX_CHARACTERS) {
            throw new Rejection(RejectCode.TOO_LARGE,
                    "the body has " + size + (text != null ? " characters" : " bytes") + ", at most " + MAX_CHARACTERS);
        }
        String body = text != null ? text : utf8(bytes);
        if (body.isBlank()) {
            throw new Rejection(RejectCode.EMPTY, "the message body is empty");
        }
        refuseControlCharacters(body);
        return body.startsWith("\uFEFF") ? body.substring(1) : body;
    }

    /** No format allows NUL or other C0 controls (XML 1.0 forbids them); a database text column cannot hold NUL. */
    private static void refuseControlCharacters(String body) {
        int line = 1;
        int column = 0;
        for (int index = 0; index < body.length(); index++) {
            char c = body.charAt(index);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (isControl(c)) {
                throw new Rejection(RejectCode.CONTROL_CHARACTER, String.format("line %d, column %d: control character"
                        + " U+%04X is not allowed in a record (only tab, CR and LF)", line, column, (int) c));
            }
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }

    /** Unicode's Control Pictures: U+2400 + c shows C0 control c, U+2421 shows DEL. */
    private static char picture(int control) {
        return control == 0x7F ? '\u2421' : (char) (0x2400 + control);
    }

    private static String utf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            long line = 1 + IntStream.range(0, offset).filter(i -> bytes[i] == '\n').count();
            throw new Rejection(RejectCode.BAD_ENCODING, "line " + line + ": byte " + (offset + 1)
                    + " (0x" + String.format("%02X", bytes[offset]) + ") is not UTF-8; records are UTF-8 text");
        }
        return out.flip().toString();
    }
}
