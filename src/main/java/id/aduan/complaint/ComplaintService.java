package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.category.CategoryService;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.process.ComplaintWorkflow;
import id.aduan.region.RegionService;
import id.aduan.system.FieldProblemException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
            Clock clock) {
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
        var cleanFiles = attachments.check(files);
        return transactions.execute(status -> file(report, cleanFiles));
    }

    private SubmittedComplaint file(NewComplaint report, List<CleanAttachment> cleanFiles) {
        var category = categories
                .find(report.categoryCode())
                .orElseThrow(() -> new FieldProblemException(
                        "categoryCode", "is not a known category; GET /api/categories lists the valid codes"));
        var region = regions.find(report.regionCode())
                .orElseThrow(() -> new FieldProblemException(
                        "regionCode", "is not a known region; GET /api/regions lists the valid Kemendagri codes"));
        if (report.agencyCode() != null && agencies.find(report.agencyCode()).isEmpty()) {
            throw new FieldProblemException(
                    "agencyCode", "is not a known agency; GET /api/agencies lists the valid codes, or leave it out");
        }
        checkReporter(report);

        var complaint = complaints.save(new Complaint(report, uniqueTrackingId(), clock.instant()));
        attachments.store(complaint, cleanFiles);
        var token = access.issueFilingToken(complaint);
        timeline.append(complaint, TimelineEntryType.SUBMITTED, Actor.REPORTER);
        workflow.start(
                complaint.getTrackingId(), category.getDefaultComplexity().name());
        log.info(
                "Report {} submitted through {} ({}, {}, {}, {} attachment(s))",
                complaint.getTrackingId(),
                complaint.getChannel(),
                complaint.getType(),
                category.getCode(),
                region.getCode(),
                cleanFiles.size());
        return new SubmittedComplaint(complaint.getTrackingId(), token, complaint.getStatus());
    }

    /** The reporter's view with the right token; otherwise the public view, or not found when confidential. */
    @Transactional(readOnly = true)
    public ComplaintView view(String trackingId, String accessToken) {
        var complaint =
                complaints.findByTrackingId(trackingId).orElseThrow(() -> new ComplaintNotFoundException(trackingId));
        if (access.grants(complaint, accessToken)) {
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

    /** Reports that are not confidential, newest first, as anyone may list them. */
    @Transactional(readOnly = true)
    public Page<PublicComplaintSummary> search(ComplaintSearch search, int page, int size) {
        var pageRequest = PageRequest.of(page, size, Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")));
        if (search.regionCode() != null && regions.find(search.regionCode()).isEmpty()) {
            return Page.empty(pageRequest);
        }
        var found = complaints.findAll(
                PublicComplaints.matching(search, categoryWithSubcategories(search.categoryCode())), pageRequest);
        return new PageImpl<>(views.summaries(found.getContent()), pageRequest, found.getTotalElements());
    }

    public ReporterComplaintView postMessage(String trackingId, String accessToken, ReporterMessage message) {
        checkRules(message);
        var complaint = reportersComplaint(trackingId, accessToken);
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
        checkRules(acceptance);
        var complaint = awaitingReporter(trackingId, accessToken, "accept");
        complaint.accept(acceptance.rating());
        timeline.append(complaint, TimelineEntryType.ACCEPTED, Actor.REPORTER, null, ratingText(acceptance));
        workflow.accepted(trackingId);
        return views.reporterView(complaint);
    }

    public ReporterComplaintView object(String trackingId, String accessToken, Objection objection) {
        checkRules(objection);
        var complaint = awaitingReporter(trackingId, accessToken, "object to");
        timeline.append(complaint, TimelineEntryType.OBJECTED, Actor.REPORTER, null, objection.reason());
        workflow.objected(trackingId);
        return views.reporterView(complaint);
    }

    private Complaint visibleComplaint(String trackingId, String accessToken) {
        return complaints
                .findByTrackingId(trackingId)
                .filter(complaint -> !complaint.isConfidential() || access.grants(complaint, accessToken))
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

    private Complaint awaitingReporter(String trackingId, String accessToken, String action) {
        var complaint = reportersComplaint(trackingId, accessToken);
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
    private Complaint reportersComplaint(String trackingId, String accessToken) {
        return complaints
                .findAndLockByTrackingId(trackingId)
                .filter(complaint -> access.grants(complaint, accessToken))
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    /** Refuses a command that breaks its rules, naming each field. */
    private void checkRules(Object command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void checkReporter(NewComplaint report) {
        if (report.anonymous()) {
            return;
        }
        var reporter = report.reporter();
        if (reporter == null || isBlank(reporter.name())) {
            throw new FieldProblemException("reporter.name", "is required unless the report is anonymous");
        }
        if (isBlank(reporter.email()) && isBlank(reporter.phone())) {
            throw new FieldProblemException(
                    "reporter.email", "or reporter.phone is required unless the report is anonymous");
        }
    }

    private String uniqueTrackingId() {
        var trackingId = TrackingIds.next();
        while (complaints.existsByTrackingId(trackingId)) {
            trackingId = TrackingIds.next();
        }
        return trackingId;
    }

    private static String ratingText(Acceptance acceptance) {
        var stars = acceptance.rating() + "/5";
        return isBlank(acceptance.comment()) ? stars : stars + " – " + acceptance.comment();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
