package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.process.ComplaintWorkflow;
import id.aduan.deadline.Complexity;
import id.aduan.region.RegionService;
import id.aduan.system.FieldProblemException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What reporters do with their reports: file them, follow them, answer, accept or object; and what anyone
 * may read of reports that are not confidential. Each call changes the report and moves its process in one
 * transaction, so a failure leaves nothing half-done. Every door calls these methods with a command
 * ({@link NewComplaint}, {@link ReporterMessage}, {@link Acceptance}, {@link Objection}) whose rules they check for
 * every caller, throwing a {@link ConstraintViolationException} that names each field. A reporter's actions on one
 * report take turns; one that comes too late for the report's new status is a {@link ComplaintStateException}, and
 * one that meets a change by staff or a deadline at the same moment fails with Spring's
 * {@link org.springframework.dao.ConcurrencyFailureException}: the doors answer both as a conflict.
 */
@Service
@Transactional
public class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

    /** The complexity a report without category (by SMS) starts with, until the verifier decides it. */
    private static final Complexity WITHOUT_CATEGORY = Complexity.STANDARD;

    private final ComplaintRepository complaints;
    private final Timeline timeline;
    private final ReporterAccess access;
    private final ComplaintViews views;
    private final Attachments attachments;
    private final ComplaintWorkflow workflow;
    private final CategoryService categories;
    private final RegionService regions;
    private final AgencyService agencies;
    private final Validator validator;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PublicComplaints publicComplaints;
    private final ReporterWindows windows;

    ComplaintService(
            ComplaintRepository complaints,
            Timeline timeline,
            ReporterAccess access,
            ComplaintViews views,
            Attachments attachments,
            ComplaintWorkflow workflow,
            CategoryService categories,
            RegionService regions,
            AgencyService agencies,
            Validator validator,
            PlatformTransactionManager transactionManager,
            Clock clock,
            PublicComplaints publicComplaints,
            ReporterWindows windows) {
        this.complaints = complaints;
        this.timeline = timeline;
        this.access = access;
        this.views = views;
        this.attachments = attachments;
        this.workflow = workflow;
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
        this.validator = validator;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.publicComplaints = publicComplaints;
        this.windows = windows;
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubmittedComplaint submit(NewComplaint report) {
        return submit(report, List.of());
    }

    /**
     * Files a report with photos or documents; a file that cannot go with it rejects the whole report. The files are
     * cleaned before the report's transaction begins, so that no database connection waits while photos are decoded.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubmittedComplaint submit(NewComplaint report, List<NewAttachment> files) {
        checkRules(report);
        var earlier = transactions.execute(status -> filedBefore(report));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var cleanFiles = attachments.check(files);
        try {
            return transactions.execute(status -> file(report, cleanFiles));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException sameReportAtOnce) {
            // The same partner report filed at the same moment: the unique reference let one through, which the
            // others waited for; answer with it.
            return transactions.execute(status -> filedBefore(report)).orElseThrow(() -> sameReportAtOnce);
        }
    }

    /**
     * The report a partner filed before with the same reference or {@code Idempotency-Key}, answered as when it was
     * filed: with a new access token, since the first answer may never have reached the partner. The first token
     * keeps working.
     */
    public Optional<SubmittedComplaint> filedBefore(NewComplaint report) {
        var partner = report.integration();
        if (partner == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(partner.externalReference())
                .flatMap(reference ->
                        complaints.findByIntegrationIdAndExternalReference(partner.integrationId(), reference))
                .or(() -> Optional.ofNullable(partner.idempotencyKey())
                        .flatMap(key -> complaints.findByIntegrationIdAndIdempotencyKey(partner.integrationId(), key)))
                .map(complaint -> submitted(complaint, access.issueFilingToken(complaint), false));
    }

    private SubmittedComplaint file(NewComplaint report, List<CleanAttachment> cleanFiles) {
        // A report by SMS has neither category nor region: the verifier sets them.
        var category = categories.find(report.categoryCode());
        if (report.categoryCode() != null && category.isEmpty()) {
            throw new FieldProblemException(
                    "categoryCode", "is not a known category; GET /api/categories lists the valid codes");
        }
        if (report.regionCode() != null && regions.find(report.regionCode()).isEmpty()) {
            throw new FieldProblemException(
                    "regionCode", "is not a known region; GET /api/regions lists the valid Kemendagri codes");
        }
        if (report.agencyCode() != null && agencies.find(report.agencyCode()).isEmpty()) {
            throw new FieldProblemException(
                    "agencyCode", "is not a known agency; GET /api/agencies lists the valid codes, or leave it out");
        }

        var complaint = complaints.save(new Complaint(report, uniqueTrackingId(), clock.instant()));
        attachments.store(complaint, cleanFiles);
        var token = access.issueFilingToken(complaint);
        var complexity = category.map(Category::getDefaultComplexity)
                .orElse(WITHOUT_CATEGORY)
                .name();
        if (complaint.isVerificationSkipped()) {
            // Routed as its process starts: the report's receipt comes first on its timeline and to its partner.
            timeline.append(complaint, TimelineEntryType.SUBMITTED, Actor.REPORTER, null, receivedThrough(complaint));
            workflow.start(complaint.getTrackingId(), complexity);
        } else {
            workflow.start(complaint.getTrackingId(), complexity);
            // Last, so that a partner's event counter, which the entry's event takes, stays locked only until the
            // commit.
            timeline.append(complaint, TimelineEntryType.SUBMITTED, Actor.REPORTER, null, receivedThrough(complaint));
        }
        log.info(
                "Report {} submitted through {} ({}, {}, {}, {} attachment(s))",
                complaint.getTrackingId(),
                complaint.getChannel(),
                complaint.getType(),
                complaint.getCategoryCode(),
                complaint.getRegionCode(),
                cleanFiles.size());
        return submitted(complaint, token, true);
    }

    private SubmittedComplaint submitted(Complaint complaint, String token, boolean firstFiling) {
        return new SubmittedComplaint(
                complaint.getTrackingId(),
                token,
                complaint.getStatus(),
                views.verificationDue(complaint),
                complaint.getChannel(),
                complaint.getChannelName(),
                firstFiling);
    }

    /** The reporter's view with the right token; otherwise the public view, or not found when confidential. */
    @Transactional(readOnly = true)
    public ComplaintView view(String trackingId, String accessToken) {
        return view(trackingId, ReporterCredential.accessToken(accessToken));
    }

    /** The reporter's view for their credential, or not found: what a reporter's action answers with. */
    @Transactional(readOnly = true)
    public ReporterComplaintView reporterView(String trackingId, ReporterCredential credential) {
        return complaints
                .findByTrackingId(trackingId)
                .filter(complaint -> access.grants(complaint, credential))
                .map(views::reporterView)
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    /** The reporter's view for their credential; otherwise the public view, or not found when confidential. */
    @Transactional(readOnly = true)
    public ComplaintView view(String trackingId, ReporterCredential credential) {
        var complaint =
                complaints.findByTrackingId(trackingId).orElseThrow(() -> new ComplaintNotFoundException(trackingId));
        if (access.grants(complaint, credential)) {
            return views.reporterView(complaint);
        }
        if (complaint.isConfidential()) {
            throw new ComplaintNotFoundException(trackingId);
        }
        return views.publicView(complaint);
    }

    /**
     * A file of a report, for whoever may see the report: anyone unless it is confidential, else its reporter. It is
     * named after the report and its number, for the reporter too: a downloaded file travels on.
     */
    @Transactional(readOnly = true)
    public AttachmentContent attachment(String trackingId, String accessToken, long attachmentId) {
        var complaint = visibleComplaint(trackingId, accessToken);
        return attachments
                .content(complaint, attachmentId)
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    /**
     * A page of the reports that are not confidential, newest first, as anyone may list them: the newest, those older
     * than {@code olderThan}, or those newer than {@code newerThan} (at most one of the two is given).
     */
    @Transactional(readOnly = true)
    public ReportListPage search(ComplaintSearch search, ListPosition olderThan, ListPosition newerThan, int size) {
        var known = publicMatching(search);
        if (known.isEmpty()) {
            return new ReportListPage(List.of(), null, null, 0, PublicComplaints.COUNT_LIMIT);
        }
        var matching = known.get();
        var found = publicComplaints.page(matching, olderThan, newerThan, size);
        var reports = found.reports();
        return new ReportListPage(
                views.summaries(reports),
                found.newer() ? PublicComplaints.position(reports.get(0)) : null,
                found.older() ? PublicComplaints.position(reports.get(reports.size() - 1)) : null,
                publicComplaints.countUpToLimit(matching),
                PublicComplaints.COUNT_LIMIT);
    }

    /** The newest reports that are not confidential, for a glance: no count, no pages. */
    @Transactional(readOnly = true)
    public List<PublicComplaintSummary> latest(ComplaintSearch search, int size) {
        return publicMatching(search)
                .map(matching -> views.summaries(publicComplaints.latest(matching, size)))
                .orElse(List.of());
    }

    /** The public reports the search matches, or empty when its region is unknown (so that none can match). */
    private Optional<Specification<Complaint>> publicMatching(ComplaintSearch search) {
        if (search.regionCode() != null && regions.find(search.regionCode()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PublicComplaints.matching(search, categoryWithSubcategories(search.categoryCode())));
    }

    public ReporterComplaintView postMessage(String trackingId, String accessToken, ReporterMessage message) {
        return postMessage(trackingId, ReporterCredential.accessToken(accessToken), message);
    }

    public ReporterComplaintView postMessage(
            String trackingId, ReporterCredential credential, ReporterMessage message) {
        checkRules(message);
        var complaint = reportersComplaint(trackingId, credential);
        if (complaint.getStatus().isClosed()) {
            throw new ComplaintStateException("Report " + trackingId + " is closed ("
                    + complaint.getStatus().labelEn().toLowerCase() + "). File a new report if the problem remains.");
        }
        timeline.append(complaint, TimelineEntryType.REPORTER_MESSAGE, Actor.REPORTER, null, message.message());
        if (complaint.getStatus() == ComplaintStatus.FOLLOWED_UP) {
            complaint.restartReporterWindow(clock.instant());
        }
        workflow.reporterReplied(trackingId);
        return views.reporterView(complaint);
    }

    public ReporterComplaintView accept(String trackingId, String accessToken, Acceptance acceptance) {
        return accept(trackingId, ReporterCredential.accessToken(accessToken), acceptance);
    }

    public ReporterComplaintView accept(String trackingId, ReporterCredential credential, Acceptance acceptance) {
        return accept(trackingId, credential, acceptance, null);
    }

    /**
     * The reporter's acceptance that another Aduan installation sends for them, saying when they accepted there: taken
     * if that was before the window and its grace ended, also after the window closed here.
     *
     * @param acceptedAt when the reporter accepted, or null when not said
     */
    public ReporterComplaintView accept(
            String trackingId, ReporterCredential credential, Acceptance acceptance, Instant acceptedAt) {
        checkRules(acceptance);
        var complaint = awaitingReporter(trackingId, credential, "accept");
        windows.checkInTime(complaint, acceptedAt, "acceptedAt");
        complaint.accept(acceptance.rating(), isBlank(acceptance.comment()) ? null : acceptance.comment());
        timeline.append(complaint, TimelineEntryType.ACCEPTED, Actor.REPORTER, null, ratingText(acceptance));
        workflow.accepted(trackingId);
        return views.reporterView(complaint);
    }

    public ReporterComplaintView object(String trackingId, String accessToken, Objection objection) {
        return object(trackingId, ReporterCredential.accessToken(accessToken), objection);
    }

    public ReporterComplaintView object(String trackingId, ReporterCredential credential, Objection objection) {
        return object(trackingId, credential, objection, null);
    }

    /**
     * The reporter's objection that another Aduan installation sends for them, saying when they objected there: taken
     * if that was before the window and its grace ended, also after the window closed here.
     *
     * @param objectedAt when the reporter objected, or null when not said
     */
    public ReporterComplaintView object(
            String trackingId, ReporterCredential credential, Objection objection, Instant objectedAt) {
        checkRules(objection);
        var complaint = awaitingReporter(trackingId, credential, "object to");
        windows.checkInTime(complaint, objectedAt, "objectedAt");
        timeline.append(complaint, TimelineEntryType.OBJECTED, Actor.REPORTER, null, objection.reason());
        workflow.objected(trackingId);
        return views.reporterView(complaint);
    }

    /**
     * The reporter's window closed without their answer at the Aduan installation that forwarded the report, which
     * completed its report there: the window closes here too, without waiting the grace for a late call from there
     * (the report is closed without answer as its timer does, at once). Said again, or for a report closed already,
     * nothing more happens.
     */
    public ReporterComplaintView closeReporterWindow(String trackingId, ReporterCredential credential) {
        var complaint = reportersComplaint(trackingId, credential);
        if (!complaint.isForwarded()) {
            throw new ComplaintStateException("Report " + trackingId + " was not forwarded by another Aduan"
                    + " installation: its reporter's window closes here, by its own deadline.");
        }
        if (complaint.getStatus() == ComplaintStatus.FOLLOWED_UP) {
            workflow.closeReporterWindow(trackingId, clock.instant());
        } else if (!complaint.getStatus().isClosed()) {
            throw new ComplaintStateException("Report " + trackingId + " is "
                    + complaint.getStatus().labelEn().toLowerCase() + ": it does not await the reporter's answer.");
        }
        return views.reporterView(complaint);
    }

    private Complaint visibleComplaint(String trackingId, String accessToken) {
        return complaints
                .findByTrackingId(trackingId)
                .filter(complaint -> !complaint.isConfidential()
                        || access.grants(complaint, ReporterCredential.accessToken(accessToken)))
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    private List<String> categoryWithSubcategories(String categoryCode) {
        if (categoryCode == null) {
            return null;
        }
        var codes = new ArrayList<>(List.of(categoryCode));
        categories.list().stream()
                .filter(category -> categoryCode.equals(category.getParentCode()))
                .forEach(category -> codes.add(category.getCode()));
        return codes;
    }

    private Complaint awaitingReporter(String trackingId, ReporterCredential credential, String action) {
        var complaint = reportersComplaint(trackingId, credential);
        if (complaint.getStatus() != ComplaintStatus.FOLLOWED_UP) {
            throw new ComplaintStateException(
                    "You can " + action + " the follow-up once every agency has followed up;" + " report " + trackingId
                            + " is " + complaint.getStatus().labelEn().toLowerCase() + ".");
        }
        return complaint;
    }

    /**
     * The report, if the token is its reporter's, locked until the transaction ends: of two actions at once, the
     * second sees what the first did.
     */
    private Complaint reportersComplaint(String trackingId, ReporterCredential credential) {
        return complaints
                .findAndLockByTrackingId(trackingId)
                .filter(complaint -> access.grants(complaint, credential))
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    /** Refuses a command that breaks its rules, naming each field. */
    private void checkRules(Object command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private String uniqueTrackingId() {
        var trackingId = TrackingIds.next();
        while (complaints.existsByTrackingId(trackingId)) {
            trackingId = TrackingIds.next();
        }
        return trackingId;
    }

    /**
     * "Diterima melalui Senjang Muba" for a partner's report, as its timeline says, "Diteruskan dari Aduan Sumsel,
     * ADU-7K3M-9QXH" for one another Aduan installation forwarded, with its tracking ID there; nothing for Aduan's own
     * doors.
     */
    private static String receivedThrough(Complaint complaint) {
        return complaint.getChannelName() == null ? null : ReportOrigin.text(complaint);
    }

    private static String ratingText(Acceptance acceptance) {
        var stars = acceptance.rating() + "/5";
        return isBlank(acceptance.comment()) ? stars : stars + " – " + acceptance.comment();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
