package id.aduan.complaint;

import id.aduan.system.FieldProblemException.FieldError;
import id.aduan.system.ProblemDetails;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A reporter's action that the report's current status does not allow. */
public class ComplaintStateException extends ErrorResponseException {

    private static final String TITLE = "Not possible in the current status";

    ComplaintStateException(String detail) {
        super(HttpStatus.CONFLICT, ProblemDetails.of(HttpStatus.CONFLICT, TITLE, detail), null);
    }

    /** One that a field of the request decides, such as the moment the reporter acted: the problem names it. */
    ComplaintStateException(String field, String message) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetails.fieldProblem(HttpStatus.CONFLICT, TITLE, List.of(new FieldError(field, message))),
                null);
    }
}
