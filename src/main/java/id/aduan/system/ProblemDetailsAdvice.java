package id.aduan.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of Aduan's own HTTP API into an RFC 9457 problem detail. Invalid input names the
 * rejected fields in an {@code errors} list; unexpected failures are logged with a reference that the
 * answer repeats, and never show a stack trace or internal identifiers.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblemException.FieldError>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(error ->
                        errors.add(new FieldProblemException.FieldError(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(
                        new FieldProblemException.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblemException.FieldError(
                                parameterName(result.getMethodParameter(), result), error.getDefaultMessage())))
                .toList();
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return badRequest(
                    List.of(new FieldProblemException.FieldError(missing.getHeaderName(), "header is required")));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var cause = ex.getMostSpecificCause();
        if (cause instanceof RequestBodyLimitFilter.RequestBodyTooLargeException tooLarge) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", tooLarge.getMessage());
        }
        if (cause instanceof StreamConstraintsException tooLong
                && ex.getCause() instanceof JsonMappingException mapping) {
            return badRequest(List.of(new FieldProblemException.FieldError(
                    path(mapping),
                    "holds a value longer than Aduan reads: "
                            + tooLong.getOriginalMessage().replaceFirst(", from `[^`]*`", ""))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return badRequest(List.of(new FieldProblemException.FieldError(path(unknown), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            var allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return badRequest(
                    List.of(new FieldProblemException.FieldError(path(invalid), "must be one of " + allowed)));
        }
        if (cause instanceof MismatchedInputException mismatched) {
            if (mismatched.getPath().isEmpty()) {
                return problem(
                        HttpStatus.BAD_REQUEST,
                        "Malformed request body",
                        "Send a JSON object as the request body, not an array or a single value.");
            }
            return badRequest(List.of(new FieldProblemException.FieldError(
                    path(mismatched), "must be " + describe(mismatched.getTargetType()))));
        }
        if (cause instanceof JsonProcessingException json) {
            var location = json.getLocation() == null
                    ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr();
            return problem(
                    HttpStatus.BAD_REQUEST, "Malformed request body", "The body is not valid JSON" + location + ".");
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request body", "Send a JSON object as the request body.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return badRequest(List.of(
                new FieldProblemException.FieldError(ex.getName(), "must be " + describe(ex.getRequiredType()))));
    }

    /** A command's rules, checked by a service, or a controller's parameters; each error names its field. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        var errors = ex.getConstraintViolations().stream()
                .map(FieldProblemException.FieldError::of)
                .sorted(Comparator.comparing(FieldProblemException.FieldError::field)
                        .thenComparing(FieldProblemException.FieldError::message))
                .toList();
        return badRequest(errors);
    }

    /** Someone else changed the same thing at the same moment, and came first: the client may reload and retry. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(ConcurrencyFailureException ex) {
        log.info("Refused a change made at the same time as another: {}", ex.getMessage());
        return problem(
                HttpStatus.CONFLICT,
                "Changed at the same time",
                "Someone acted on this at the same time; reload it and try again.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        var reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, ex);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error",
                "Aduan could not complete the request. Try again later; if it keeps failing, give the operator the reference "
                        + reference + ".");
    }

    private static ResponseEntity<Object> badRequest(List<FieldProblemException.FieldError> errors) {
        return ResponseEntity.badRequest().body(ProblemDetails.invalidFields(errors));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetails.of(status, title, detail);
        return ResponseEntity.status(status).body(body);
    }

    /** A header as it is named in the request ({@code Idempotency-Key}), any other parameter by its own name. */
    private static String parameterName(MethodParameter parameter, Object result) {
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        var name = parameter.getParameterName();
        return name == null ? String.valueOf(result) : name;
    }

    private static String path(JsonMappingException ex) {
        var path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date in ISO 8601 format (for example 2026-03-19)";
        }
        return "a JSON object";
    }
}
