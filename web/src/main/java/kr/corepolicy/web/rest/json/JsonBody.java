package kr.corepolicy.web.rest.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.web.Jsonp;

/**
 * Reads every JSON body of the API (each is a record) with {@link BodyBinder} instead of the JSON binding's
 * defaults, which wrap {@code 4294967336} into an int as 40 and read {@code 1.9} as 1. A body over
 * {@link #MAX_BYTES} is refused unread past the limit; an empty body is null (the resource says a body is
 * required); a malformed one is refused with its line and column.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class JsonBody implements MessageBodyReader<Record> {

    /** No body of this API comes near this: the largest, a whole task card, is a few kilobytes. */
    public static final int MAX_BYTES = 512 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException(null, "body.tooLarge", "body over " + MAX_BYTES + " bytes",
                    String.valueOf(MAX_BYTES / 1024));
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return BodyBinder.bind(parse(body), type);
    }

    static JsonValue parse(byte[] body) {
        try (JsonReader reader = Jsonp.JSON.createReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(null, "body.malformed", "malformed JSON: " + e.getMessage(),
                    at == null ? "?" : String.valueOf(at.getLineNumber()),
                    at == null ? "?" : String.valueOf(at.getColumnNumber()));
        } catch (JsonException e) {
            throw new InvalidInputException(null, "body.malformed", "malformed JSON: " + e.getMessage(), "?", "?");
        }
    }
}
