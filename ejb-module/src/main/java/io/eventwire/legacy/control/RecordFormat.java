package io.eventwire.legacy.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** The three layouts of legacy.orders.in. The {@code format} property, when sent, wins over the content. */
public enum RecordFormat {
    FIXED(FixedWidthRecords::read),
    CSV(CsvRecords::read),
    XML(XmlRecords::read);

    private final Function<String, LegacyOrder> reader;

    RecordFormat(Function<String, LegacyOrder> reader) {
        this.reader = reader;
    }

    public LegacyOrder read(String text) {
        return reader.apply(text);
    }

    public static RecordFormat of(String text, String formatProperty) {
        if (formatProperty != null) {
            return Arrays.stream(values())
                    .filter(format -> format.name().equals(formatProperty.strip().toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new Rejection(RejectCode.UNKNOWN_FORMAT,
                            "property format '" + formatProperty + "' is not FIXED, CSV or XML"));
        }
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return XML;
        }
        if (start.startsWith("HDR")) {
            return FIXED;
        }
        if (start.startsWith(CsvRecords.HEADER.get(0) + ",")) {
            return CSV;
        }
        throw new Rejection(RejectCode.UNKNOWN_FORMAT, "line 1: neither FIXED (starts with HDR), CSV (header row "
                + String.join(",", CsvRecords.HEADER) + ") nor XML (<order …>), and no format property");
    }
}
