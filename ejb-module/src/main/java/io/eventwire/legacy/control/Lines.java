package io.eventwire.legacy.control;

import java.util.Arrays;
import java.util.List;

/** The lines of a record body: split on LF or CRLF; line breaks at the very end do not make lines. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        List<String> lines = Arrays.asList(text.stripTrailing().split("\r?\n", -1));
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                throw new Rejection(RejectCode.MALFORMED, "line " + (index + 1) + " is empty");
            }
        }
        return lines;
    }
}
