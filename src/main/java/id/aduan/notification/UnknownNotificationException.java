package id.aduan.notification;

import id.aduan.system.FieldProblemException;
import id.aduan.system.ProblemDetails;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A delivery report about an SMS Aduan does not know: 404, naming the field. */
public class UnknownNotificationException extends ErrorResponseException {

    UnknownNotificationException(long notificationId) {
        super(HttpStatus.NOT_FOUND, problem(notificationId), null);
    }

    private static org.springframework.http.ProblemDetail problem(long notificationId) {
        var error = new FieldProblemException.FieldError("notification", "no SMS has the id " + notificationId);
        var problem = ProblemDetails.of(HttpStatus.NOT_FOUND, "SMS not found", error.field() + ": " + error.message());
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
