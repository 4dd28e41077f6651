package id.aduan.agency;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class AgencyNotFoundException extends ErrorResponseException {

    AgencyNotFoundException(String code) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetails.of(
                        HttpStatus.NOT_FOUND,
                        "Agency not found",
                        "No agency has the code " + code + ". GET /api/agencies lists them."),
                null);
    }
}
