package id.aduan.agency;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class AgencyExistsException extends ErrorResponseException {

    AgencyExistsException(String code) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetails.of(
                        HttpStatus.CONFLICT,
                        "Agency exists",
                        "An agency with the code " + code + " exists already. Change it with PUT /api/agencies/" + code
                                + " instead."),
                null);
    }
}
