package id.aduan.integration;

import id.aduan.system.ProblemDetails;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A partner over one of its quotas: 429 with {@code Retry-After}, in whole seconds. */
public class QuotaExceededException extends ErrorResponseException {

    private final Duration retryAfter;

    QuotaExceededException(String quota, Duration retryAfter) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                ProblemDetails.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Quota exceeded",
                        "The partner's quota of " + quota + " is used up. Retry after " + seconds(retryAfter)
                                + " seconds; the national administrators can raise the quota."),
                null);
        this.retryAfter = retryAfter;
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(retryAfter)));
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public String detail() {
        return getBody().getDetail();
    }

    /** A wait in whole seconds as {@code Retry-After} gives it: rounded up, at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
