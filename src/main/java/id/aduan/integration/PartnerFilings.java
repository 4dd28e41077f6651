package id.aduan.integration;

import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.SubmittedComplaint;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * How a partner files, through the partner API or Open311: a retry of a report it filed before gets that report back
 * at once, whatever its quota; a new report must fit in its reports per hour and counts against them once filed.
 */
@Service
public class PartnerFilings {

    private final ComplaintService complaints;
    private final IntegrationService integrations;

    PartnerFilings(ComplaintService complaints, IntegrationService integrations) {
        this.complaints = complaints;
        this.integrations = integrations;
    }

    /** Files the report, which names this partner ({@link NewComplaint#integration()}). */
    public SubmittedComplaint file(Partner partner, NewComplaint report, List<NewAttachment> files) {
        if (report.integration() == null || report.integration().integrationId() != partner.id()) {
            throw new IllegalArgumentException("A partner files only reports that name it");
        }
        var earlier = complaints.filedBefore(report);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        integrations.checkFilingQuota(partner);
        var submitted = complaints.submit(report, files);
        if (submitted.firstFiling()) {
            integrations.countFiling(partner);
        }
        return submitted;
    }
}
