package id.aduan.complaint;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A reporter's action that the report's current status does not allow. */
public class ComplaintStateException extends ErrorResponseException {

    ComplaintStateException(String detail) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetails.of(HttpStatus.CONFLICT, "Not possible in the current status", detail),
                null);
    }
}
