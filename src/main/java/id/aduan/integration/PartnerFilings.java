package id.aduan.integration;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.integration.internal.InstallationAgencyRepository;
import id.aduan.integration.internal.IntegrationRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * How a partner files, through the partner API or Open311: a retry of a report it filed before gets that report back
 * at once, whatever its quota; a new report must fit in its reports per hour and counts against them once filed.
 *
 * <p>Another Aduan installation (kind {@link IntegrationKind#ADUAN_INSTALLATION}) forwards reports routed there to
 * an agency served here, naming that agency: the report requests it, and goes straight to it when Aduan's record of
 * that installation says its reports skip verification here. Whether they do is read from that record as the report
 * is filed and kept with the report.
 */
@Service
public class PartnerFilings {

    private final ComplaintService complaints;
    private final IntegrationService integrations;
    private final IntegrationRepository records;
    private final InstallationAgencyRepository servedElsewhere;
    private final AgencyService agencies;

    PartnerFilings(
            ComplaintService complaints,
            IntegrationService integrations,
            IntegrationRepository records,
            InstallationAgencyRepository servedElsewhere,
            AgencyService agencies) {
        this.complaints = complaints;
        this.integrations = integrations;
        this.records = records;
        this.servedElsewhere = servedElsewhere;
        this.agencies = agencies;
    }

    /** Files the report, which names this partner ({@link NewComplaint#integration()}). */
    public SubmittedComplaint file(Partner partner, NewComplaint report, List<NewAttachment> files) {
        return file(partner, report, null, files);
    }

    /**
     * Files the report, which names this partner; another Aduan installation names the agency it routed the report
     * to ({@code routedAgencyCode}), any other partner none.
     *
     * @throws ForwardRefusedException naming {@code agencyCode}: given by a partner that is no Aduan installation, not
     *     a known agency, or served here by another connected installation
     */
    public SubmittedComplaint file(
            Partner partner, NewComplaint report, String routedAgencyCode, List<NewAttachment> files) {
        if (report.integration() == null || report.integration().integrationId() != partner.id()) {
            throw new IllegalArgumentException("A partner files only reports that name it");
        }
        var installation = partner.kind() == IntegrationKind.ADUAN_INSTALLATION;
        if (routedAgencyCode != null && !installation) {
            throw ForwardRefusedException.notAnInstallation();
        }
        var filed = installation ? forwarded(partner, report, routedAgencyCode) : report;
        var earlier = complaints.filedBefore(filed);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (routedAgencyCode != null) {
            checkRoutedAgency(routedAgencyCode);
        }
        integrations.checkFilingQuota(partner);
        var submitted = complaints.submit(filed, files);
        if (submitted.firstFiling()) {
            integrations.countFiling(partner);
        }
        return submitted;
    }

    private NewComplaint forwarded(Partner partner, NewComplaint report, String routedAgencyCode) {
        var skipsVerification = records.findById(partner.id())
                .map(record -> record.isSkipVerification())
                .orElse(false);
        return report.forwardedTo(routedAgencyCode, skipsVerification);
    }

    private void checkRoutedAgency(String agencyCode) {
        if (agencies.find(agencyCode).isEmpty()) {
            throw ForwardRefusedException.unknownAgency();
        }
        if (servedElsewhere.existsById(agencyCode)) {
            throw ForwardRefusedException.servedElsewhere();
        }
    }
}
