package id.aduan.integration;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class IntegrationExistsException extends ErrorResponseException {

    IntegrationExistsException(String name) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetails.of(
                        HttpStatus.CONFLICT,
                        "Integration exists",
                        "A partner system named " + name + " exists already. Change that one, or choose another name."),
                null);
    }
}
