package id.aduan.integration.open311;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request Open311 refuses, answered as the specification's list of errors ({@code <errors><error><code>…}) with the
 * HTTP status: 400 for bad input, 403 for a missing or wrong {@code api_key}, 404 for what does not exist, and 429 when
 * a partner has used up its quota ({@code retryAfter}).
 */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;
    private final List<Open311Documents.Error> errors;
    private final Duration retryAfter;

    Open311Exception(HttpStatus status, List<Open311Documents.Error> errors, Duration retryAfter) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).description());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    static Open311Exception of(HttpStatus status, String description) {
        return new Open311Exception(status, List.of(new Open311Documents.Error(status.value(), description)), null);
    }

    static Open311Exception badRequest(String description) {
        return of(HttpStatus.BAD_REQUEST, description);
    }

    static Open311Exception notFound(String description) {
        return of(HttpStatus.NOT_FOUND, description);
    }

    HttpStatus status() {
        return status;
    }

    List<Open311Documents.Error> errors() {
        return errors;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
