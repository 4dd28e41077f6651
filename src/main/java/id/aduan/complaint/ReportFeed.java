package id.aduan.complaint;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.internal.TimelineEntry;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and their public timelines for machine-readable feeds such as Open311: never a confidential report, never
 * anything of the reporter, and of the timeline only what the public view shows.
 */
@Service
@Transactional(readOnly = true)
public class ReportFeed {

    /** Texts that answer a report in public: an agency's follow-up, or the reason it was archived. */
    private static final Set<TimelineEntryType> ANSWERS =
            Set.of(TimelineEntryType.FOLLOWED_UP, TimelineEntryType.ARCHIVED);

    private static final List<TimelineEntryType> PUBLIC_TYPES = Arrays.stream(TimelineEntryType.values())
            .filter(type -> type.visibility() == Visibility.PUBLIC)
            .toList();

    /** What the reporter reads of what others did: not their own messages, objections or failed e-mails to them. */
    private static final List<TimelineEntryType> TOLD_REPORTER = Arrays.stream(TimelineEntryType.values())
            .filter(type -> type.visibility() == Visibility.REPORTER)
            .filter(type -> !Set.of(
                            TimelineEntryType.REPORTER_MESSAGE,
                            TimelineEntryType.OBJECTED,
                            TimelineEntryType.NOTIFICATION_FAILED)
                    .contains(type))
            .toList();

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final EntityManager entities;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final AgencyService agencies;
    private final CategoryService categories;
    private final RegionService regions;

    ReportFeed(
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            EntityManager entities,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            AgencyService agencies,
            CategoryService categories,
            RegionService regions) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.entities = entities;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
    }

    /** The reports the query asks for that are not confidential, newest first: a slice, so nothing counts them all. */
    public List<FeedReport> find(ReportFeedQuery query) {
        var page = PageRequest.of(
                query.page(), query.size(), Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")));
        return reports(
                complaints.findBy(matching(query), fluent -> fluent.slice(page)).getContent());
    }

    /** The report, unless there is none of that tracking ID or it is confidential. */
    public Optional<FeedReport> find(String trackingId) {
        return complaints
                .findByTrackingId(trackingId)
                .filter(complaint -> !complaint.isConfidential())
                .map(complaint -> reports(List.of(complaint)).get(0));
    }

    /**
     * The timeline entries of reports that are not confidential, from one moment to another, oldest first: the public
     * ones and, on the reports the partner system filed (when {@code integrationId} is not null), also what their
     * reporter is told, such as an agency's question; never the reporter's own messages.
     */
    public List<FeedUpdate> updates(Instant from, Instant to, Long integrationId, int page, int size) {
        var rows = entities.createQuery(
                        "select e, c.trackingId, c.regionCode from TimelineEntry e, Complaint c"
                                + " where c.id = e.complaintId and c.confidential = false"
                                + " and (e.type in :types or (c.integrationId = :integrationId and e.type in :told))"
                                + " and e.occurredAt >= :from and e.occurredAt <= :to order by e.occurredAt, e.id",
                        Object[].class)
                .setParameter("types", PUBLIC_TYPES)
                .setParameter("integrationId", integrationId == null ? -1L : integrationId)
                .setParameter("told", TOLD_REPORTER)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        var names = new Names();
        return rows.stream()
                .map(row -> {
                    var entry = (TimelineEntry) row[0];
                    return new FeedUpdate(
                            entry.getId(),
                            (String) row[1],
                            entry.getType(),
                            entry.getOccurredAt(),
                            names.zone((String) row[2]),
                            entry.getAgencyCode() == null ? null : names.agency(entry.getAgencyCode()),
                            entry.getBody());
                })
                .toList();
    }

    private static Specification<Complaint> matching(ReportFeedQuery query) {
        return (complaint, criteriaQuery, criteria) -> {
            var conditions = new ArrayList<Predicate>();
            conditions.add(criteria.isFalse(complaint.<Boolean>get("confidential")));
            if (!query.trackingIds().isEmpty()) {
                conditions.add(complaint.get("trackingId").in(query.trackingIds()));
                return criteria.and(conditions.toArray(Predicate[]::new));
            }
            if (query.from() != null) {
                conditions.add(criteria.greaterThanOrEqualTo(complaint.get("submittedAt"), query.from()));
            }
            if (query.to() != null) {
                conditions.add(criteria.lessThanOrEqualTo(complaint.get("submittedAt"), query.to()));
            }
            if (!query.categoryCodes().isEmpty()) {
                conditions.add(complaint.get("categoryCode").in(query.categoryCodes()));
            }
            if (query.closed() != null) {
                var closed = Arrays.stream(ComplaintStatus.values())
                        .filter(status -> status.isClosed() == query.closed())
                        .toList();
                conditions.add(complaint.get("status").in(closed));
            }
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
    }

    private List<FeedReport> reports(List<Complaint> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(Complaint::getId).toList();
        var assigned = assignments.findByComplaintIdInOrderById(ids).stream()
                .filter(Assignment::isActive)
                .collect(Collectors.groupingBy(Assignment::getComplaintId));
        var timelines = entities
                .createQuery(
                        "select e from TimelineEntry e where e.complaintId in :ids and e.type in :types order by e.id",
                        TimelineEntry.class)
                .setParameter("ids", ids)
                .setParameter("types", PUBLIC_TYPES)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(TimelineEntry::getComplaintId));
        var files = entities
                .createQuery(
                        "select a.complaintId, a.id from Attachment a where a.complaintId in :ids order by a.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0], Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
        var names = new Names();
        return found.stream()
                .map(complaint -> report(
                        complaint,
                        assigned.getOrDefault(complaint.getId(), List.of()),
                        timelines.getOrDefault(complaint.getId(), List.of()),
                        files.getOrDefault(complaint.getId(), List.of()),
                        names))
                .toList();
    }

    private FeedReport report(
            Complaint complaint,
            List<Assignment> assigned,
            List<TimelineEntry> timeline,
            List<Long> attachmentIds,
            Names names) {
        var entries = timeline.stream()
                .map(entry -> TimelineEntryView.of(entry, names::agency))
                .toList();
        return new FeedReport(
                complaint.getTrackingId(),
                complaint.getType(),
                complaint.getTitle(),
                complaint.getDescription(),
                names.category(complaint.getCategoryCode()),
                names.region(complaint.getRegionCode()),
                names.zone(complaint.getRegionCode()),
                complaint.getLocation(),
                complaint.getStatus(),
                complaint.getSubmittedAt(),
                timeline.stream()
                        .map(TimelineEntry::getOccurredAt)
                        .max(Comparator.naturalOrder())
                        .orElse(complaint.getSubmittedAt()),
                complaint.getClosedAt(),
                deadline(complaint, assigned),
                assigned.stream()
                        .map(assignment -> names.agency(assignment.getAgencyCode()))
                        .toList(),
                timeline.stream()
                        .filter(entry -> ANSWERS.contains(entry.getType()) && entry.getBody() != null)
                        .reduce((first, second) -> second)
                        .map(TimelineEntry::getBody)
                        .orElse(null),
                attachmentIds,
                entries);
    }

    /** The deadline the report waits for now, as the reporter's view shows them; none once it is closed. */
    private Instant deadline(Complaint complaint, List<Assignment> assigned) {
        var clock = ComplaintClock.of(complaint, lifecycle.reporterTimeZone(complaint));
        return switch (complaint.getStatus()) {
            case SUBMITTED -> deadlines.verificationDue(clock);
            case DEFERRED -> deadlines.deferralAnswerDue(clock);
            case FOLLOWED_UP -> deadlines.reporterWindowDue(clock);
            case FORWARDED, IN_PROGRESS ->
                assigned.stream()
                        .map(assignment -> agencyDeadline(complaint, assignment))
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null);
            case ARCHIVED, COMPLETED -> null;
        };
    }

    private Instant agencyDeadline(Complaint complaint, Assignment assignment) {
        return switch (assignment.getStatus()) {
            case AWAITING_FOLLOW_UP -> deadlines.followUpDue(lifecycle.assignmentClock(complaint, assignment));
            case AWAITING_INFORMATION ->
                deadlines.informationAnswerDue(lifecycle.assignmentClock(complaint, assignment));
            default -> null;
        };
    }

    /** The names of codes and the regions' time zones, each looked up once per call. */
    private final class Names {

        private final Map<String, NamedCode> agencyNames = new HashMap<>();
        private final Map<String, Optional<Category>> categoryByCode = new HashMap<>();
        private final Map<String, Optional<Region>> regionByCode = new HashMap<>();

        NamedCode agency(String code) {
            return agencyNames.computeIfAbsent(
                    code,
                    key -> new NamedCode(
                            key, agencies.find(key).map(Agency::getName).orElse(key)));
        }

        NamedCode category(String code) {
            if (code == null) {
                return null;
            }
            return new NamedCode(
                    code,
                    categoryByCode
                            .computeIfAbsent(code, categories::find)
                            .map(Category::getNameId)
                            .orElse(code));
        }

        NamedCode region(String code) {
            if (code == null) {
                return null;
            }
            return new NamedCode(code, regionOf(code).map(Region::getName).orElse(code));
        }

        ZoneId zone(String code) {
            return regionOf(code).map(region -> region.getTimeZone().zone()).orElse(OfficeTimeZone.WIB.zone());
        }

        private Optional<Region> regionOf(String code) {
            return regionByCode.computeIfAbsent(code, regions::find);
        }
    }
}
