package io.eventwire.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Binds a parsed JSON object to a request record, component by component (the JSON member of the component's
 * name), and converts nothing: a string component takes only a JSON string, a number component only a JSON
 * number written as digits that fits, a list only an array, a nested record only an object. A missing member or
 * null binds null; whether that is allowed is Bean Validation's to say. Members without a component are ignored.
 * All wrong members are reported at once, each by its path (items[0].quantity).
 */
final class RecordBinding {

    /** The one time format of the API: ISO-8601 in UTC, as every time it answers is written. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private RecordBinding() {
    }

    static <R extends Record> R bind(JsonObject json, Class<R> type) {
        RecordBinding binding = new RecordBinding();
        Object bound = binding.record(json, type, "");
        if (!binding.errors.isEmpty()) {
            throw new BadRequestException(Problem.badRequest("The request body has invalid fields.", binding.errors));
        }
        return type.cast(bound);
    }

    private Object value(JsonValue json, Type type, String field) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType generic ? generic.getRawType() : type);
        if (raw == String.class) {
            return json instanceof JsonString string ? text(string.getString(), field) : refuse(field, "must be a string");
        }
        if (raw == Integer.class) {
            Long whole = whole(json, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return whole == null ? null : whole.intValue();
        }
        if (raw == Long.class) {
            return whole(json, field, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == Instant.class) {
            return json instanceof JsonString string ? instant(string.getString(), field)
                    : refuse(field, "must be a string like 2026-01-01T00:00:00Z");
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return json instanceof JsonArray array ? list(array, element, field) : refuse(field, "must be an array");
        }
        if (raw.isRecord()) {
            return json instanceof JsonObject object ? record(object, raw, field) : refuse(field, "must be an object");
        }
        throw new IllegalArgumentException("no strict JSON binding for " + type + " (" + field + ")");
    }

    private Object record(JsonObject json, Class<?> type, String field) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = value(json.get(name), components[i].getGenericType(), field.isEmpty() ? name : field + "." + name);
            types[i] = components[i].getType();
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    private List<Object> list(JsonArray json, Type element, String field) {
        List<Object> values = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            values.add(value(json.get(i), element, field + "[" + i + "]"));
        }
        return values;
    }

    private String text(String value, String field) {
        return Text.defectOf(value).map(defect -> this.<String>refuse(field, defect)).orElse(value);
    }

    /** 1.5, 1E2 and "1" are not whole numbers here: a client that sends them meant something else. */
    private Long whole(JsonValue json, String field, long min, long max) {
        if (!(json instanceof JsonNumber number)) {
            return refuse(field, "must be a whole number (a JSON number, not a string or boolean)");
        }
        BigDecimal value;
        try {
            value = number.bigDecimalValue();
        } catch (RuntimeException beyondParserLimits) {
            return refuse(field, "is out of range");
        }
        if (value.scale() != 0) {
            return refuse(field, "must be a whole number written as digits, without fraction or exponent");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return refuse(field, "is out of range");
        }
        return value.longValueExact();
    }

    private Instant instant(String value, String field) {
        try {
            if (INSTANT.matcher(value).matches()) {
                return Instant.parse(value);
            }
        } catch (DateTimeException notADate) {
            // 2026-13-45T99:00:00Z has the shape but is no time: refused below like any other text
        }
        return refuse(field, "must be an ISO-8601 UTC time like 2026-01-01T00:00:00Z");
    }

    private <T> T refuse(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return null;
    }
}
