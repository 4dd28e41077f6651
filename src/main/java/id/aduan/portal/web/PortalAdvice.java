package id.aduan.portal.web;

import id.aduan.complaint.ComplaintNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs: the address of the current page for the language switch, and error pages instead
 * of the API's problem details. It comes before the API's advice for the portal's controllers.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);

    @ModelAttribute("pagePath")
    String pagePath(HttpServletRequest request) {
        return pagePathOf(request);
    }

    @ExceptionHandler(ComplaintNotFoundException.class)
    ModelAndView reportNotFound(HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "problem.report-not-found", null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest request) {
        if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            var status = response.getStatusCode();
            var message = status.value() == HttpStatus.NOT_FOUND.value() ? "problem.not-found" : "problem.bad-request";
            return problem(request, status, message, null);
        }
        if (ex instanceof TypeMismatchException) {
            return problem(request, HttpStatus.BAD_REQUEST, "problem.bad-request", null);
        }
        var reference = UUID.randomUUID().toString();
        log.error("Unexpected error on a page, reference {}", reference, ex);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", reference);
    }

    /** The current page's address without the language and the reporter's token, to switch the language. */
    static String pagePathOf(HttpServletRequest request) {
        var path = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang")
                .replaceQueryParam("token")
                .build()
                .toUriString();
        return path.startsWith("/") && !path.startsWith("//") ? path : "/";
    }

    private static ModelAndView problem(
            HttpServletRequest request, HttpStatusCode status, String message, String reference) {
        var page = new ModelAndView(
                "portal/problem",
                Map.of("pagePath", pagePathOf(request), "problem", message, "status", status.value()),
                status);
        if (reference != null) {
            page.addObject("reference", reference);
        }
        return page;
    }
}
