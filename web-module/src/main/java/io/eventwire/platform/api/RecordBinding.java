package io.eventwire.platform.api;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.ws.rs.BadRequestException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the JSON object a parser stands at to a request record, component by component (the member of the
 * component's name), converting nothing: a string component takes only a JSON string, a number component only
 * a JSON number written as digits (not 1.5, 1E2, 2.0 or "1") that fits, a list only an array, a nested record
 * only an object, and a key may appear once per object. A missing member or null binds null (Bean Validation
 * says whether that is allowed); members without a component are skipped unread. It reads events rather than a
 * tree because a tree has forgotten how a number was written and which keys came twice. Every wrong member is
 * reported at once, by its path (items[0].quantity).
 */
final class RecordBinding {

    /** The one time format of the API: ISO-8601 in UTC, as every time it answers is written. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,20}");

    private final JsonParser parser;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private RecordBinding(JsonParser parser) {
        this.parser = parser;
    }

    /** Binds the object whose START_OBJECT the parser has just read, through its END_OBJECT. */
    static <R extends Record> R bind(JsonParser parser, Class<R> type) {
        RecordBinding binding = new RecordBinding(parser);
        Object bound = binding.record(type, "");
        if (!binding.errors.isEmpty()) {
            throw new BadRequestException(Problem.badRequest("The request body has invalid fields.", binding.errors));
        }
        return type.cast(bound);
    }

    private Object value(Event event, Type type, String field) {
        if (event == Event.VALUE_NULL) {
            return null;
        }
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType generic ? generic.getRawType() : type);
        if (raw == String.class) {
            return event == Event.VALUE_STRING ? text(parser.getString(), field) : refuse(event, field, "must be a string");
        }
        if (raw == Integer.class) {
            BigInteger whole = whole(event, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return whole == null ? null : whole.intValueExact();
        }
        if (raw == Long.class) {
            BigInteger whole = whole(event, field, Long.MIN_VALUE, Long.MAX_VALUE);
            return whole == null ? null : whole.longValueExact();
        }
        if (raw == Instant.class) {
            return event == Event.VALUE_STRING ? instant(parser.getString(), field)
                    : refuse(event, field, "must be a string like 2026-01-01T00:00:00Z");
        }
        if (raw == List.class) {
            return event == Event.START_ARRAY ? list(((ParameterizedType) type).getActualTypeArguments()[0], field)
                    : refuse(event, field, "must be an array");
        }
        if (raw.isRecord()) {
            return event == Event.START_OBJECT ? record(raw, field) : refuse(event, field, "must be an object");
        }
        throw new IllegalArgumentException("no strict JSON binding for " + type + " (" + field + ")");
    }

    private Object record(Class<?> type, String field) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        Object[] values = new Object[components.length];
        Set<String> seen = new HashSet<>();
        for (Event key = parser.next(); key != Event.END_OBJECT; key = parser.next()) {
            String name = parser.getString();
            String path = field.isEmpty() ? name : field + "." + name;
            Event event = parser.next();
            int index = names.indexOf(name);
            if (!seen.add(name)) {
                refuse(event, path, "appears twice in one object");
            } else if (index < 0) {
                skip(event);
            } else {
                values[index] = value(event, components[index].getGenericType(), path);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    private List<Object> list(Type element, String field) {
        List<Object> values = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            values.add(value(event, element, field + "[" + values.size() + "]"));
        }
        return values;
    }

    private String text(String value, String field) {
        return Text.defectOf(value).map(defect -> this.<String>refuse(Event.VALUE_STRING, field, defect)).orElse(value);
    }

    /** 1.5, 1E2, 2.0 and "1" are not whole numbers here: a client that sends them meant something else. */
    private BigInteger whole(Event event, String field, long min, long max) {
        if (event != Event.VALUE_NUMBER) {
            return refuse(event, field, "must be a whole number (a JSON number, not a string or boolean)");
        }
        String written = parser.getString();
        if (!DIGITS.matcher(written).matches()) {
            return written.matches("-?\\d+") ? refuse(event, field, "is out of range")
                    : refuse(event, field, "must be a whole number written as digits, without fraction or exponent");
        }
        BigInteger value = new BigInteger(written);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            return refuse(event, field, "is out of range");
        }
        return value;
    }

    private Instant instant(String value, String field) {
        try {
            if (INSTANT.matcher(value).matches()) {
                return Instant.parse(value);
            }
        } catch (DateTimeException notADate) {
            // 2026-13-45T99:00:00Z has the shape but is no time: refused below like any other text
        }
        return refuse(Event.VALUE_STRING, field, "must be an ISO-8601 UTC time like 2026-01-01T00:00:00Z");
    }

    /** Records the error and reads past the refused value, so the members after it are checked too. */
    private <T> T refuse(Event event, String field, String message) {
        skip(event);
        errors.add(new Problem.FieldError(field, message));
        return null;
    }

    private void skip(Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
