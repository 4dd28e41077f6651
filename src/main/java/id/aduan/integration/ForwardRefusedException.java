package id.aduan.integration;

import id.aduan.system.FieldProblemException.FieldError;
import id.aduan.system.ProblemDetails;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A report forwarded with an {@code agencyCode} that Aduan does not take: 400 when the partner is no Aduan
 * installation or the agency is unknown, 409 when another connected installation serves that agency here (a report
 * must not go round between installations). Names the field {@code agencyCode} as the partner sent it.
 */
public class ForwardRefusedException extends ErrorResponseException {

    static final String FIELD = "agencyCode";

    private ForwardRefusedException(HttpStatus status, String title, String message) {
        super(status, ProblemDetails.fieldProblem(status, title, List.of(new FieldError(FIELD, message))), null);
    }

    static ForwardRefusedException notAnInstallation() {
        return new ForwardRefusedException(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                "is only for reports forwarded by another Aduan installation (an integration of kind"
                        + " ADUAN_INSTALLATION); put the agency the reporter chose in report.agencyCode");
    }

    static ForwardRefusedException unknownAgency() {
        return new ForwardRefusedException(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                "is not a known agency here; GET /api/agencies lists the valid codes");
    }

    static ForwardRefusedException servedElsewhere() {
        return new ForwardRefusedException(
                HttpStatus.CONFLICT,
                "Agency served elsewhere",
                "is served by another connected installation, not here: forward the report there, or ask this"
                        + " installation's national administrators to change which installation serves the agency");
    }
}
