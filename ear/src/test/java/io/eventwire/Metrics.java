package io.eventwire;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from /metrics (Prometheus text), as a monitoring system would scrape it. */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})?\\s+(\\S+)$");

    private Metrics() {
    }

    public static String scrape(Http http) {
        return http.get("/metrics", null).body();
    }

    /** The value of the series {@code name} carrying all {@code tags}, 0 when it has not been written yet. */
    public static double value(String scrape, String name, Map<String, String> tags) {
        for (String line : scrape.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (sample.matches() && sample.group(1).equals(name) && hasAll(sample.group(2), tags)) {
                return Double.parseDouble(sample.group(3));
            }
        }
        return 0;
    }

    private static boolean hasAll(String labels, Map<String, String> tags) {
        return tags.entrySet().stream()
                .allMatch(tag -> labels != null && labels.contains(tag.getKey() + "=\"" + tag.getValue() + "\""));
    }
}
