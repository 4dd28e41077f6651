package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.system.FieldProblemException;
import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports as CSV (RFC 4180, UTF-8) for staff to count and follow up in a spreadsheet: administrators and oversight
 * export every report, agency staff those their agencies answer. An export leaves Aduan, so it holds nothing of the
 * reporter, and a confidential report's title stays out of it. The channel is the door a report came in through
 * ({@code Web}, {@code API}) or the partner system that filed it, by its name at the time ({@code Senjang Muba}). No cell holds control characters, whenever its text
 * was stored, and a cell that a spreadsheet would run as a formula is written as text. A report by SMS has empty
 * {@code category_code} and {@code region_code} cells until the verifier sets them.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintExport {

    static final List<String> COLUMNS = List.of(
            "tracking_id",
            "type",
            "channel",
            "status",
            "category_code",
            "region_code",
            "agencies",
            "submitted_at",
            "closed_at",
            "overdue",
            "rating",
            "anonymous",
            "confidential",
            "title");

    private static final int BATCH = 500;

    /**
     * Control characters (C0 but tab and line breaks, DEL, C1) and the invisible marks that turn text around
     * (bidirectional controls), which no cell needs and which would hide or disguise what a cell says.
     */
    private static final Pattern UNPRINTABLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final AgencyService agencies;

    ComplaintExport(ComplaintRepository complaints, AssignmentRepository assignments, AgencyService agencies) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.agencies = agencies;
    }

    /**
     * Writes the header and a line per report, oldest first, in batches, so that a large export streams.
     *
     * @param status only reports in this status, or null for all
     * @param agencyCode only reports this agency answers, or null for all
     * @param scope the agencies whose reports the staff member may export, or empty for every report
     * @return the number of reports written
     * @throws FieldProblemException for an unknown agency, before anything is written
     */
    public long write(ComplaintStatus status, String agencyCode, Optional<Set<String>> scope, Writer out) {
        if (agencyCode != null && agencies.find(agencyCode).isEmpty()) {
            throw new FieldProblemException(
                    "agencyCode",
                    "'" + agencyCode + "' is not a known agency; GET /api/agencies lists the valid codes.");
        }
        var matching = matching(status, agencyCode, scope);
        try {
            line(out, COLUMNS);
            var written = 0L;
            var after = 0L;
            while (true) {
                var batch = complaints.findBy(
                        matching.and(idAbove(after)),
                        query -> query.sortBy(Sort.by("id")).limit(BATCH).all());
                var assigned =
                        assignments
                                .findByComplaintIdInOrderById(
                                        batch.stream().map(Complaint::getId).toList())
                                .stream()
                                .filter(Assignment::isActive)
                                .collect(Collectors.groupingBy(Assignment::getComplaintId));
                for (var complaint : batch) {
                    line(out, row(complaint, assigned.getOrDefault(complaint.getId(), List.of())));
                    written++;
                }
                out.flush();
                if (batch.size() < BATCH) {
                    return written;
                }
                after = batch.get(batch.size() - 1).getId();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects an unknown agency filter, so that a caller can answer it before starting a download. */
    public void checkAgency(String agencyCode) {
        if (agencyCode != null && agencies.find(agencyCode).isEmpty()) {
            throw new FieldProblemException(
                    "agencyCode",
                    "'" + agencyCode + "' is not a known agency; GET /api/agencies lists the valid codes.");
        }
    }

    /** The next batch starts after the last report written: no offset to skip, no count to make. */
    private static Specification<Complaint> idAbove(long id) {
        return (complaint, query, criteria) -> criteria.greaterThan(complaint.get("id"), id);
    }

    private static Specification<Complaint> matching(
            ComplaintStatus status, String agencyCode, Optional<Set<String>> scope) {
        return (complaint, query, criteria) -> {
            var conditions = new ArrayList<Predicate>();
            if (status != null) {
                conditions.add(criteria.equal(complaint.get("status"), status));
            }
            if (agencyCode != null) {
                conditions.add(PublicComplaints.assignedToAnyOf(List.of(agencyCode), complaint, query, criteria));
            }
            scope.ifPresent(
                    codes -> conditions.add(PublicComplaints.assignedToAnyOf(codes, complaint, query, criteria)));
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static List<String> row(Complaint complaint, List<Assignment> assigned) {
        var overdue = complaint.isVerificationOverdue()
                || (!complaint.getStatus().isClosed()
                        && assigned.stream().anyMatch(assignment -> assignment.getOverdueSince() != null));
        return List.of(
                complaint.getTrackingId(),
                complaint.getType().name(),
                complaint.getChannel().labelEn(complaint.getChannelName()),
                complaint.getStatus().name(),
                orEmpty(complaint.getCategoryCode()),
                orEmpty(complaint.getRegionCode()),
                assigned.stream().map(Assignment::getAgencyCode).distinct().collect(Collectors.joining(";")),
                instant(complaint.getSubmittedAt()),
                instant(complaint.getClosedAt()),
                String.valueOf(overdue),
                complaint.getRating() == null ? "" : complaint.getRating().toString(),
                String.valueOf(complaint.isAnonymous()),
                String.valueOf(complaint.isConfidential()),
                complaint.isConfidential() ? "" : complaint.getTitle());
    }

    /** An empty cell for a code the report does not have yet, such as the category of a report by SMS. */
    private static String orEmpty(String code) {
        return code == null ? "" : code;
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(ComplaintExport::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /**
     * Leaves out control characters, then makes a would-be formula plain text (so that no control character in
     * front hides one), and quotes the cell when it must be.
     */
    static String cell(String value) {
        var text = UNPRINTABLE.matcher(value).replaceAll("");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
