package id.aduan.sms;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class BlockedNumberExistsException extends ErrorResponseException {

    BlockedNumberExistsException(String maskedPhone) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetails.of(
                        HttpStatus.CONFLICT,
                        "Number blocked already",
                        "The number " + maskedPhone + " is on the blocklist already."),
                null);
    }
}
