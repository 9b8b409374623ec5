package io.eventwire.platform.api;

import java.util.Optional;

/**
 * What no text from a caller may hold, wherever it arrives (body, path, query, header): control characters
 * (PostgreSQL refuses NUL outright, and the others break logs, fixed-width records and mails) and halves of a
 * UTF-16 surrogate pair, which are no character at all.
 */
public final class Text {

    private Text() {
    }

    /** Why the value is refused, or empty when it is plain text. */
    public static Optional<String> defectOf(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of("must not contain control characters (U+0000-U+001F, U+007F-U+009F)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate");
            }
        }
        return Optional.empty();
    }
}
