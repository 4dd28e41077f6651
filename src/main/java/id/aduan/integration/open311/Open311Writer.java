package id.aduan.integration.open311;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import id.aduan.integration.QuotaExceededException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes Open311's answers by the suffix the client asked for, whatever its {@code Accept} header says: XML as the
 * specification shows it (a root element named for the list, one element per item, no attributes, no namespace) or
 * JSON (the same without the root: a list is an array). Its mappers are its own, so the rest of Aduan answers JSON as
 * before.
 */
@Component
class Open311Writer {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private final XmlMapper xml;
    private final ObjectMapper json;

    Open311Writer() {
        this.xml = XmlMapper.builder()
                .defaultUseWrapper(false)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        this.json = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /** A list: {@code <root><item>…</item>…</root>} in XML, an array in JSON. */
    ResponseEntity<String> list(Open311Format format, HttpStatus status, String root, String item, List<?> items) {
        return write(format, status, root, format == Open311Format.XML ? Map.of(item, items) : items, null);
    }

    /** One document: {@code <root>…</root>} in XML, an object in JSON. */
    ResponseEntity<String> one(Open311Format format, String root, Object document) {
        return write(format, HttpStatus.OK, root, document, null);
    }

    /** The specification's list of errors, with the status (and when to try again, for a 429). */
    ResponseEntity<String> errors(Open311Format format, Open311Exception refused) {
        var body = format == Open311Format.XML ? Map.of("error", refused.errors()) : refused.errors();
        return write(format, refused.status(), "errors", body, refused.retryAfter());
    }

    private ResponseEntity<String> write(
            Open311Format format, HttpStatus status, String root, Object body, Duration retryAfter) {
        var response = ResponseEntity.status(status).contentType(format.mediaType());
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(QuotaExceededException.seconds(retryAfter)));
        }
        try {
            return response.body(
                    format == Open311Format.XML
                            ? XML_DECLARATION + xml.writer().withRootName(root).writeValueAsString(body)
                            : json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write Open311's " + root, e);
        }
    }
}
