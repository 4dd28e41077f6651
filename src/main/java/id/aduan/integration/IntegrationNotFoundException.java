package id.aduan.integration;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class IntegrationNotFoundException extends ErrorResponseException {

    IntegrationNotFoundException(String what) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetails.of(
                        HttpStatus.NOT_FOUND,
                        "Integration not found",
                        "No " + what + " exists. GET /api/integrations lists the partner systems and their keys."),
                null);
    }
}
