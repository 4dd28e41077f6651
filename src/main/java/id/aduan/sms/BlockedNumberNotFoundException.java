package id.aduan.sms;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class BlockedNumberNotFoundException extends ErrorResponseException {

    BlockedNumberNotFoundException(long id) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetails.of(
                        HttpStatus.NOT_FOUND,
                        "Blocked number not found",
                        "No number with id " + id + " is on the blocklist; GET /api/sms/blocklist lists them."),
                null);
    }
}
