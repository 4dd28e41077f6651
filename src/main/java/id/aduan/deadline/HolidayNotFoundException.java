package id.aduan.deadline;

import id.aduan.system.ProblemDetails;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class HolidayNotFoundException extends ErrorResponseException {

    HolidayNotFoundException(LocalDate date) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetails.of(
                        HttpStatus.NOT_FOUND,
                        "Holiday not found",
                        "No holiday is recorded on " + date + ". GET /api/holidays?year=" + date.getYear()
                                + " lists the recorded ones."),
                null);
    }
}
