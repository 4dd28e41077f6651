package id.aduan.complaint;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.process.ProcessVariables;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.routing.Routing;
import id.aduan.routing.RoutingService;
import id.aduan.routing.UnknownRuleAgencyException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task form shows staff about a report: its content, deadline and history, as text ready for
 * the form's Markdown. Never the reporter's identity, whether or not the report is anonymous.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintTaskContext {

    /**
     * The longest text of the context: the forms show no more, and a task's context (one JSON variable, but a text of
     * the task cards a string variable of up to 4,000 characters) stays small.
     */
    static final int MAX_TEXT = 3_900;

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm", Locale.forLanguageTag("id"));
    /** A category or region that a report by SMS does not have until the verifier sets it. */
    static final String NOT_YET_SET = CategoryAndRegionNames.NOT_YET_SET + " (set at verification)";

    static final String NO_ATTACHMENTS = "Tidak ada lampiran (no attachments).";

    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_{}\\[\\]<>()#+\\-.!|~])");
    /**
     * What makes Markdown of a text within a line (a link, an image, HTML, code, emphasis, or the dots of a web
     * address, which would become a link): the rest shows as written, also where no Markdown is read (task cards).
     */
    private static final Pattern MARKDOWN_IN_LINE = Pattern.compile("([\\\\`*_{}\\[\\]<>|~]|\\.(?=\\S))");

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final AgencyService agencies;
    private final VerificationChoices choices;
    private final CategoryAndRegionNames names;
    private final RoutingService routing;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final DeadlineProperties days;
    private final Attachments attachments;
    private final SimilarReports similar;

    ComplaintTaskContext(
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            Timeline timeline,
            AgencyService agencies,
            VerificationChoices choices,
            CategoryAndRegionNames names,
            RoutingService routing,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            DeadlineProperties days,
            Attachments attachments,
            SimilarReports similar) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.timeline = timeline;
        this.agencies = agencies;
        this.choices = choices;
        this.names = names;
        this.routing = routing;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.days = days;
        this.attachments = attachments;
        this.similar = similar;
    }

    /**
     * The texts a task form displays, by name: for an agency's task (the subject names the agency) its deadlines, for
     * the national administrator's verification the agencies the report would go to. The task keeps those its form
     * shows, for display only: those of the task cards as variables of their own, the rest in one JSON variable
     * {@code context}, which the form reads as {@code {{context.description}}}.
     *
     * @param due the task's due date, or null
     */
    public Map<String, Object> forTask(ProcessSubject subject, Instant due) {
        return context(subject, due, true);
    }

    /**
     * The texts of {@link #forTask} for a task that has them already, without the routing suggestion, which the
     * task keeps from its creation: what refreshes a task (a reporter's message) changes nothing it depends on.
     */
    public Map<String, Object> forOpenTask(ProcessSubject subject, Instant due) {
        return context(subject, due, false);
    }

    private Map<String, Object> context(ProcessSubject subject, Instant due, boolean withRoutingSuggestion) {
        var complaintId = subject.complaintId();
        var agencyCode = subject.agencyCode();
        var complaint = complaints.findById(complaintId).orElseThrow();
        var agency = agencies.find(agencyCode);
        var zone = agency.map(Agency::getTimeZone).orElse(days.nationalTimeZone());
        var context = new LinkedHashMap<String, Object>();
        context.put("trackingId", complaint.getTrackingId());
        context.put(
                "reportTypeLabel",
                complaint.getType().labelId() + " (" + complaint.getType().labelEn() + ")");
        // also on Tasklist's task cards (security.StaffSetup), which show it as text
        context.put("title", escapeInLine(complaint.getTitle()));
        context.put("description", fit(escape(complaint.getDescription())));
        context.put("categoryName", nameOrUnset(complaint.getCategoryCode(), names::category));
        context.put("regionName", nameOrUnset(complaint.getRegionCode(), names::region));
        context.put("locationText", location(complaint.getLocation()));
        context.put("attachmentLinks", attachmentLinks(complaint));
        context.put("submittedAtText", format(complaint.getSubmittedAt(), zone));
        context.put("channelText", escape(ReportOrigin.channelText(complaint)));
        context.put("dueText", due == null ? "-" : format(due, zone));
        context.put("confidentialityNotice", notice(complaint));
        context.put("agencyName", agency.map(Agency::getName).orElse(""));
        context.put("assignedAgencies", assignedAgencies(complaint));
        var assignment = agencyCode == null
                ? null
                : assignments.findActive(complaintId, agencyCode).orElse(null);
        var clock = assignment == null ? null : lifecycle.assignmentClock(complaint, assignment);
        context.put("followUpDueText", clock == null ? "-" : format(deadlines.followUpDue(clock), zone));
        context.put("completionDueText", clock == null ? "-" : format(deadlines.completionDue(clock), zone));
        context.put("caseHistory", history(complaint));
        if (agencyCode == null && withRoutingSuggestion) {
            context.put("suggestedRouting", suggestedRouting(complaint));
        }
        return context;
    }

    /**
     * What the verification form offers to set: the report's title, category and region now, under the names of the
     * form's fields, and the categories and regions to choose from ({@code categoryChoices}, {@code regionChoices}:
     * lists of {@link Choice}, which Camunda Forms' {@code valuesKey} reads as JSON), sub-categories and regencies
     * after their group or province. The lists are the same instances for every report until {@link
     * VerificationChoices} builds them again. Also its anonymous and confidential flags now, and the open reports
     * that may be about the same matter ({@code duplicateChoices}, {@link SimilarReports}): tracking ID, title and
     * status, but not the title of a confidential one, since the officers of the agency the reporter chose may
     * verify too.
     */
    public Map<String, Object> forVerification(long complaintId) {
        var complaint = complaints.findById(complaintId).orElseThrow();
        var values = new LinkedHashMap<String, Object>();
        values.put(ProcessVariables.CORRECTED_TITLE, complaint.getTitle());
        values.put(ProcessVariables.CORRECTED_CATEGORY_CODE, complaint.getCategoryCode());
        values.put(ProcessVariables.CORRECTED_REGION_CODE, complaint.getRegionCode());
        values.put(ProcessVariables.ANONYMOUS, complaint.isAnonymous());
        values.put(ProcessVariables.CONFIDENTIAL, complaint.isConfidential());
        values.put("categoryChoices", choices.categories());
        values.put("regionChoices", choices.regions());
        values.put(
                "duplicateChoices",
                similar
                        .of(
                                complaintId,
                                complaint.getCategoryCode(),
                                complaint.getRegionCode(),
                                complaint.getTitle(),
                                complaint.getDescription())
                        .stream()
                        .map(report -> new Choice(
                                report.trackingId() + " — "
                                        + (report.confidential() ? "[laporan rahasia (confidential)]" : report.title())
                                        + " (" + report.status().labelId() + ")",
                                report.trackingId()))
                        .toList());
        return values;
    }

    /**
     * The agencies to choose from in a form's select ({@code valuesKey}), each after the agency it belongs to: the same
     * list instance for every task until {@link VerificationChoices} builds it again.
     */
    public List<Choice> agencyChoices() {
        return choices.agencies();
    }

    private String suggestedRouting(Complaint complaint) {
        if (complaint.getRequestedAgencyCode() == null
                && (complaint.getCategoryCode() == null || complaint.getRegionCode() == null)) {
            return "kategori dan wilayah harus ditentukan dulu (set the category and region first)";
        }
        Routing suggested;
        try {
            suggested = routing.suggest(
                    complaint.getRequestedAgencyCode(), complaint.getCategoryCode(), complaint.getRegionCode());
        } catch (UnknownRuleAgencyException unknown) {
            return "aturan disposisi menunjuk kode instansi " + escape(unknown.agencyCode())
                    + " yang tidak ada: pilih instansinya (the routing rules name an unknown agency: choose one)";
        }
        var names = suggested.agencyCodes().stream().map(this::agencyName).toList();
        return String.join("; ", names) + " — "
                + switch (suggested.basis()) {
                    case VERIFIER_CHOICE -> "pilihan verifikator";
                    case REPORTER_CHOICE -> "dipilih pelapor";
                    case ROUTING_RULES -> "aturan disposisi";
                    case REGIONAL_GOVERNMENT -> "pemerintah daerah lokasi laporan";
                    case NATIONAL_ADMINISTRATOR -> "tidak ada aturan: admin nasional";
                };
    }

    private String assignedAgencies(Complaint complaint) {
        var names = assignments.findByComplaintIdOrderById(complaint.getId()).stream()
                .filter(Assignment::isActive)
                .map(assignment -> agencyName(assignment.getAgencyCode()))
                .toList();
        return names.isEmpty() ? "-" : String.join("; ", names);
    }

    private String history(Complaint complaint) {
        var zone = days.nationalTimeZone();
        var lines = new ArrayList<String>();
        for (var entry : timeline.of(complaint, Visibility.STAFF)) {
            var line = new StringBuilder("- ")
                    .append(format(entry.getOccurredAt(), zone))
                    .append(" — **")
                    .append(entry.getType().labelId())
                    .append("**");
            if (entry.getAgencyCode() != null) {
                line.append(" (")
                        .append(escape(agencyName(entry.getAgencyCode())))
                        .append(')');
            }
            if (entry.getBody() != null && !entry.getBody().isBlank()) {
                line.append(": ").append(escape(entry.getBody()));
            }
            lines.add(line.toString());
        }
        return newestFitting(lines);
    }

    /** The newest lines that fit into one process variable, oldest first, noting what was left out. */
    private static String newestFitting(List<String> lines) {
        var kept = new ArrayList<String>();
        var length = 0;
        for (var i = lines.size() - 1; i >= 0; i--) {
            var line = lines.get(i);
            if (length + line.length() + 1 > MAX_TEXT - 80) {
                kept.add(0, "- … " + (i + 1) + " entri sebelumnya tidak ditampilkan (earlier entries omitted)");
                break;
            }
            kept.add(0, line);
            length += line.length() + 1;
        }
        return String.join("\n", kept);
    }

    /**
     * Links to the report's files, which open with the Tasklist sign-in. They are numbered rather than named:
     * the reporter's own name for a file may name them.
     */
    private String attachmentLinks(Complaint complaint) {
        var files = attachments.of(complaint);
        if (files.isEmpty()) {
            // a sentence, not "-": the form shows this value on a line of its own, where Markdown reads "-" as an
            // empty bullet
            return NO_ATTACHMENTS;
        }
        var links = new ArrayList<String>();
        for (var i = 0; i < files.size(); i++) {
            var file = files.get(i);
            links.add("- [Lampiran " + (i + 1) + " (attachment " + (i + 1) + ")](/staff/reports/"
                    + complaint.getTrackingId() + "/attachments/" + file.id() + "): "
                    + (file.contentType().startsWith("image/") ? "foto (photo) " : "dokumen (document) ")
                    + file.contentType()
                            .substring(file.contentType().indexOf('/') + 1)
                            .toUpperCase(Locale.ROOT)
                    + ", " + kilobytes(file.sizeBytes()) + " KB");
        }
        return String.join("\n", links);
    }

    private static long kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0));
    }

    private String notice(Complaint complaint) {
        if (complaint.isConfidential()) {
            return "**RAHASIA** — isi laporan ini tidak boleh dipublikasikan (confidential: never publish).";
        }
        if (complaint.isAnonymous()) {
            return "Pelapor anonim (anonymous reporter).";
        }
        return "";
    }

    /** The name of a category or region, or that the verifier is to set it (a report by SMS). */
    private static String nameOrUnset(String code, UnaryOperator<String> name) {
        return code == null ? NOT_YET_SET : name.apply(code);
    }

    private String agencyName(String code) {
        return agencies.find(code).map(Agency::getName).orElse(code);
    }

    private static String location(Location location) {
        if (location == null) {
            return "-";
        }
        var parts = new ArrayList<String>();
        if (location.address() != null) {
            parts.add(escape(location.address()));
        }
        if (location.latitude() != null && location.longitude() != null) {
            parts.add(location.latitude().toPlainString() + ", "
                    + location.longitude().toPlainString());
        }
        return parts.isEmpty() ? "-" : String.join(" — ", parts);
    }

    private static String format(Instant instant, OfficeTimeZone zone) {
        return DATE_TIME.format(instant.atZone(zone.zone())) + " " + zone.name();
    }

    private static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + " …";
    }

    /** An option of a form's select: what it shows, and the code it submits. */
    public record Choice(String label, String value) {}

    /** A reporter's text shown within a line, such as after a label: only what would make Markdown is escaped. */
    static String escapeInLine(String text) {
        return text == null ? "" : MARKDOWN_IN_LINE.matcher(text).replaceAll("\\\\$1");
    }

    /** Reporters' text is shown as written: Markdown characters in it are escaped. */
    static String escape(String text) {
        return text == null ? "" : MARKDOWN.matcher(text).replaceAll("\\\\$1");
    }
}
