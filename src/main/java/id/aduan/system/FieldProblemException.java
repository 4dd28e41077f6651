package id.aduan.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request value that is well-formed but not acceptable, answered as a problem naming the field (400 unless told). */
public class FieldProblemException extends ErrorResponseException {

    private final FieldError error;

    public FieldProblemException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, ProblemDetails.invalidFields(List.of(new FieldError(field, message))), null);
        this.error = new FieldError(field, message);
    }

    /**
     * A refusal about one field with another status: 403 when the value names what the user may not touch, 404 when
     * it names nothing known, 409 when it conflicts with what exists.
     */
    public FieldProblemException(HttpStatus status, String title, String field, String message) {
        super(status, ProblemDetails.fieldProblem(status, title, List.of(new FieldError(field, message))), null);
        this.error = new FieldError(field, message);
    }

    /** The rejected field, for pages that show the problem next to it. */
    public FieldError error() {
        return error;
    }

    /** One rejected field, as listed in the {@code errors} member of a problem detail. */
    public record FieldError(String field, String message) {

        /**
         * A broken rule, naming the field as the API names it: a command's property path ({@code reporter.email}), or
         * a controller parameter's name ({@code trackingId}, without the method's name).
         */
        public static FieldError of(ConstraintViolation<?> violation) {
            var names = new ArrayList<String>();
            for (var node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                    names.clear();
                } else if (node.getName() != null) {
                    names.add(node.getName());
                }
            }
            return new FieldError(String.join(".", names), violation.getMessage());
        }
    }
}
