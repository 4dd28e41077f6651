package id.aduan.deadline;

import id.aduan.system.ProblemDetails;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class HolidayExistsException extends ErrorResponseException {

    HolidayExistsException(LocalDate date) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetails.of(
                        HttpStatus.CONFLICT,
                        "Holiday exists",
                        "A holiday is already recorded on " + date + ". Change it with PUT /api/holidays/" + date
                                + " instead."),
                null);
    }
}
