package id.aduan.system;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem details that Aduan answers with, so that every error has the same shape. */
public final class ProblemDetails {

    private ProblemDetails() {}

    public static ProblemDetail invalidFields(List<FieldProblemException.FieldError> errors) {
        return fieldProblem(HttpStatus.BAD_REQUEST, "Invalid request", errors);
    }

    /** A refusal that names the fields it is about in its {@code errors} member, as a 400 does. */
    public static ProblemDetail fieldProblem(
            HttpStatus status, String title, List<FieldProblemException.FieldError> errors) {
        var detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
