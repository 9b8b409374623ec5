import java.io.PrintStream;
import java.util.List;

/** The accounting as one Markdown table, ready to paste into src/docs/reliability.md. */
final class Table {

    /** One line of the accounting; expected is null for a figure that only informs. */
    record Line(String what, String found, String expected, boolean ok, String detail) {

        static Line info(String what, Object found) {
            return new Line(what, String.valueOf(found), null, true, "");
        }

        static Line zero(String what, long found, String detail) {
            return new Line(what, String.valueOf(found), "0", found == 0, found == 0 ? "" : detail);
        }

        static Line check(String what, Object found, Object expected, boolean ok, String detail) {
            return new Line(what, String.valueOf(found), String.valueOf(expected), ok, ok ? "" : detail);
        }
    }

    private Table() {
    }

    static void print(List<Line> lines, PrintStream out) {
        out.println("| line | found | expected | |");
        out.println("|---|---:|---:|---|");
        for (Line line : lines) {
            out.printf("| %s | %s | %s | %s |%n", line.what(), line.found(), line.expected() == null ? "" : line.expected(),
                    line.expected() == null ? "" : line.ok() ? "ok" : "**WRONG**");
        }
        lines.stream().filter(line -> !line.ok() && !line.detail().isEmpty())
                .forEach(line -> out.println("- " + line.what() + ": " + line.detail()));
    }
}
