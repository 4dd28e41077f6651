package id.aduan.complaint.web;

import id.aduan.complaint.ComplaintExport;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.security.StaffScope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For staff: the reports they answer for as a CSV file, streamed as it is written. */
@RestController
class ComplaintExportController {

    private static final Logger log = LoggerFactory.getLogger(ComplaintExportController.class);

    private final ComplaintExport export;
    private final StaffScope scope;
    private final Clock clock;

    ComplaintExportController(ComplaintExport export, StaffScope scope, Clock clock) {
        this.export = export;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/staff/reports.csv")
    void export(
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) String agencyCode,
            Authentication staff,
            HttpServletResponse response)
            throws IOException {
        export.checkAgency(agencyCode);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("aduan-laporan-" + LocalDate.now(clock) + ".csv", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        var written = export.write(status, agencyCode, scope.agencyCodes(staff), response.getWriter());
        log.info("{} exported {} report(s) (status {}, agency {})", staff.getName(), written, status, agencyCode);
    }
}
