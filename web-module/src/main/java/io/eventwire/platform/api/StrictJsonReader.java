package io.eventwire.platform.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the API into its record, and refuses what a lenient binder would guess at:
 * a charset other than UTF-8, bytes that are not UTF-8, anything before or after the one object, and (in
 * {@link RecordBinding}) a key twice in one object and every value of the wrong JSON type. Each refusal is a 400 problem
 * naming the field; a body over {@link #MAX_BODY_BYTES} is a 413.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** Ten times the largest valid body (an order of 100 lines with every field at its maximum). */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            throw invalid("Content-Type", "charset must be UTF-8 (RFC 8259), or left out");
        }
        return bind(utf8(body.readNBytes(MAX_BODY_BYTES + 1)), type);
    }

    private static String utf8(byte[] bytes) {
        if (bytes.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(Problem.respond(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "A request body may hold at most " + MAX_BODY_BYTES + " bytes.", List.of())));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("body", "is not valid UTF-8");
        }
    }

    private static Record bind(String text, Class<Record> type) {
        if (text.isBlank()) {
            throw invalid("body", "a JSON body is required");
        }
        JsonParser parser = PARSERS.createParser(new StringReader(text));
        try (parser) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("body", "must be one JSON object");
            }
            Record bound = RecordBinding.bind(parser, type);
            if (parser.hasNext()) { // Parsson usually throws here already: "Expected EOF token"
                throw invalid("body", "must hold nothing after the JSON object" + at(parser.getLocation()));
            }
            return bound;
        } catch (WebApplicationException refused) {
            throw refused;
        } catch (JsonParsingException e) {
            throw invalid("body", "is not valid JSON, or holds more than one object" + at(e.getLocation()));
        } catch (RuntimeException e) { // Parsson's limits, e.g. on nesting depth
            throw invalid("body", "is not JSON this API accepts (nested too deep?)");
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    static BadRequestException invalid(String field, String message) {
        return new BadRequestException(Problem.badRequest(field, message));
    }
}
