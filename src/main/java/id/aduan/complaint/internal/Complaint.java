package id.aduan.complaint.internal;

import id.aduan.complaint.ArchiveReason;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.Language;
import id.aduan.complaint.Location;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.deadline.Complexity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String trackingId;

    @Enumerated(EnumType.STRING)
    private ReportType type;

    private String title;

    private String description;

    private String categoryCode;

    private String regionCode;

    @Column(name = "requested_agency_code")
    private String requestedAgencyCode;

    @Embedded
    private Location location;

    /** The reporter of an anonymous report without any detail of them: stored, as their choice of SMS is never null. */
    private static final Reporter NOBODY = new Reporter(null, null, null);

    @Embedded
    private Reporter reporter;

    private boolean anonymous;

    private boolean confidential;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    /** The partner system that filed the report, by its name at the time; none for Aduan's own doors. */
    private Long integrationId;

    private String channelName;

    private String externalReference;

    private String idempotencyKey;

    /** Forwarded by another Aduan installation, which routed it: "not our authority" returns it there. */
    private boolean forwarded;

    /** Forwarded straight to the agency that installation routed it to, without verification here. */
    private boolean verificationSkipped;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    private Complexity complexity;

    private Integer completionWorkingDays;

    private Instant submittedAt;

    private Instant verificationStartedAt;

    private boolean verificationOverdue;

    private Instant deferredAt;

    private Instant reporterWindowOpenedAt;

    private Integer rating;

    private String ratingComment;

    private Instant closedAt;

    /** Why the verifier archived it; none for other reports and for those archived before the list existed. */
    @Enumerated(EnumType.STRING)
    private ArchiveReason archiveReason;

    /** The report this one was archived as a duplicate of. */
    private Long duplicateOfId;

    @Version
    private long version;

    protected Complaint() {}

    public Complaint(NewComplaint report, String trackingId, Instant now) {
        this.trackingId = trackingId;
        this.type = report.type();
        this.title = report.filedTitle();
        this.description = report.description();
        this.categoryCode = report.categoryCode();
        this.regionCode = report.regionCode();
        this.requestedAgencyCode = report.agencyCode();
        this.location = report.location();
        this.reporter = Objects.requireNonNullElse(report.filedReporter(), NOBODY);
        this.anonymous = report.anonymous();
        this.confidential = report.confidential();
        this.language = report.language();
        this.channel = Objects.requireNonNull(report.channel(), "the door a report came in through");
        if (report.integration() != null) {
            this.integrationId = report.integration().integrationId();
            this.channelName = report.integration().integrationName();
            this.externalReference = report.integration().externalReference();
            this.idempotencyKey = report.integration().idempotencyKey();
            this.forwarded = report.integration().forwarded();
            this.verificationSkipped = report.integration().skipsVerification();
        }
        this.status = ComplaintStatus.SUBMITTED;
        this.submittedAt = now;
        this.verificationStartedAt = now;
    }

    /** The verifier's title, category and region, checked by the lifecycle; null keeps a value. */
    public void correct(String title, String categoryCode, String regionCode) {
        if (title != null) {
            this.title = title;
        }
        if (categoryCode != null) {
            this.categoryCode = categoryCode;
        }
        if (regionCode != null) {
            this.regionCode = regionCode;
        }
    }

    public void defer(Instant now) {
        status = ComplaintStatus.DEFERRED;
        deferredAt = now;
    }

    public void resumeVerification(Instant now) {
        status = ComplaintStatus.SUBMITTED;
        deferredAt = null;
        verificationStartedAt = now;
        verificationOverdue = false;
    }

    public void markVerificationOverdue() {
        verificationOverdue = true;
    }

    public void archive(Instant now) {
        status = ComplaintStatus.ARCHIVED;
        closedAt = now;
    }

    /**
     * Ends a report another Aduan installation forwarded, which an agency here declared not its authority: archived
     * here, without a reason from the verifier's list, as that installation routes it again.
     */
    public void returnToOrigin(Instant now) {
        if (!forwarded) {
            throw new IllegalStateException("Report " + trackingId + " was not forwarded by another installation");
        }
        archive(now);
    }

    /** Archives it for the verifier's reason, as a duplicate of the report {@code duplicateOfId} if given. */
    public void archive(Instant now, ArchiveReason reason, Long duplicateOfId) {
        archive(now);
        this.archiveReason = reason;
        this.duplicateOfId = duplicateOfId;
    }

    /**
     * Hides the reporter's identity from the public and the agencies; only ever set, never cleared: staff may protect
     * a reporter, never expose one.
     */
    public void markAnonymous() {
        anonymous = true;
    }

    /** Keeps the content from the public; only ever set, never cleared, as {@link #markAnonymous()}. */
    public void markConfidential() {
        confidential = true;
    }

    public void forward(Complexity complexity, int completionWorkingDays) {
        status = ComplaintStatus.FORWARDED;
        verificationOverdue = false;
        this.complexity = complexity;
        this.completionWorkingDays = completionWorkingDays;
    }

    public void markInProgress() {
        status = ComplaintStatus.IN_PROGRESS;
    }

    public void openReporterWindow(Instant now) {
        status = ComplaintStatus.FOLLOWED_UP;
        reporterWindowOpenedAt = now;
    }

    public void restartReporterWindow(Instant now) {
        reporterWindowOpenedAt = now;
    }

    public void accept(int rating, String comment) {
        this.rating = rating;
        this.ratingComment = comment;
    }

    public void complete(Instant now) {
        status = ComplaintStatus.COMPLETED;
        closedAt = now;
    }

    public void reopen() {
        status = ComplaintStatus.IN_PROGRESS;
        reporterWindowOpenedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public ReportType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRequestedAgencyCode() {
        return requestedAgencyCode;
    }

    public Location getLocation() {
        return location;
    }

    /** The reporter, or null for an anonymous report without any detail of them. */
    public Reporter getReporter() {
        return NOBODY.equals(reporter) ? null : reporter;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Language getLanguage() {
        return language;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getIntegrationId() {
        return integrationId;
    }

    public String getChannelName() {
        return channelName;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public boolean isForwarded() {
        return forwarded;
    }

    public boolean isVerificationSkipped() {
        return verificationSkipped;
    }

    /** Whether the partner system with this id filed the report, and so may act for its reporter. */
    public boolean isFiledBy(long integration) {
        return integrationId != null && integrationId == integration;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public Integer getCompletionWorkingDays() {
        return completionWorkingDays;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getVerificationStartedAt() {
        return verificationStartedAt;
    }

    public boolean isVerificationOverdue() {
        return verificationOverdue;
    }

    public Instant getDeferredAt() {
        return deferredAt;
    }

    public Instant getReporterWindowOpenedAt() {
        return reporterWindowOpenedAt;
    }

    public Integer getRating() {
        return rating;
    }

    /** The comment the reporter wrote with their rating, if any. */
    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ArchiveReason getArchiveReason() {
        return archiveReason;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    /** Whether the verifier archived it as a duplicate of another report. */
    public boolean isDuplicate() {
        return duplicateOfId != null;
    }
}
