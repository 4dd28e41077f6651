package id.aduan.integration.open311;

import id.aduan.complaint.ComplaintNotFoundException;
import id.aduan.complaint.ComplaintStateException;
import id.aduan.system.FieldProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Open311's errors for Open311's controllers only: the specification's list of {@code code} and {@code description}
 * in the format the address asks for, with 400, 403, 404 or 429; Aduan's problem details elsewhere stay as they are.
 * Aduan's rules name Aduan's fields; the errors name the Open311 parameters they came from.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    /** Aduan's names of a report's fields, and the Open311 parameters they are read from. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("type", "attribute[" + Open311Services.REPORT_TYPE + "]"),
            Map.entry("title", "attribute[" + Open311Services.TITLE + "]"),
            Map.entry("description", "description"),
            Map.entry("categoryCode", "service_code"),
            Map.entry("regionCode", "attribute[" + Open311Services.REGION + "]"),
            Map.entry("location.address", "address_string"),
            Map.entry("location.latitude", "lat"),
            Map.entry("location.longitude", "long"),
            Map.entry("location.coordinates", "lat and long"),
            Map.entry("reporter.name", "first_name and last_name"),
            Map.entry("reporter.email", "email"),
            Map.entry("reporter.phone", "phone"),
            Map.entry("message", "description"));

    private final Open311Writer writer;

    Open311Errors(Open311Writer writer) {
        this.writer = writer;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<String> refused(Open311Exception refused, HttpServletRequest request) {
        return writer.errors(Open311Format.ofPath(request.getRequestURI()), refused);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<String> invalid(ConstraintViolationException invalid, HttpServletRequest request) {
        var errors = invalid.getConstraintViolations().stream()
                .map(FieldProblemException.FieldError::of)
                .map(error -> parameter(error.field()) + " " + error.message())
                .sorted()
                .map(description -> new Open311Documents.Error(HttpStatus.BAD_REQUEST.value(), description))
                .toList();
        return refused(new Open311Exception(HttpStatus.BAD_REQUEST, errors, null), request);
    }

    @ExceptionHandler(FieldProblemException.class)
    ResponseEntity<String> invalidField(FieldProblemException invalid, HttpServletRequest request) {
        var error = invalid.error();
        return refused(Open311Exception.badRequest(parameter(error.field()) + " " + error.message()), request);
    }

    @ExceptionHandler(ComplaintNotFoundException.class)
    ResponseEntity<String> notFound(ComplaintNotFoundException notFound, HttpServletRequest request) {
        return refused(Open311Exception.notFound("No service request of yours has that service_request_id"), request);
    }

    @ExceptionHandler(ComplaintStateException.class)
    ResponseEntity<String> notNow(ComplaintStateException notNow, HttpServletRequest request) {
        return refused(Open311Exception.badRequest(notNow.getBody().getDetail()), request);
    }

    /** Anything unexpected: logged with a reference that the answer repeats, without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
        var reference = UUID.randomUUID().toString();
        log.error("Unexpected error in Open311, reference {}", reference, ex);
        return refused(
                Open311Exception.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Aduan could not complete the request; give the operator the reference " + reference),
                request);
    }

    private static String parameter(String field) {
        return PARAMETERS.getOrDefault(field, field);
    }
}
