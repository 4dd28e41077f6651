package id.aduan.complaint;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class ComplaintNotFoundException extends ErrorResponseException {

    ComplaintNotFoundException(String trackingId) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetails.of(
                        HttpStatus.NOT_FOUND,
                        "Report not found",
                        "No report with tracking ID " + trackingId
                                + " is visible to you. Check the tracking ID and, as the reporter, send the access"
                                + " token from your receipt in the X-Access-Token header."),
                null);
    }
}
