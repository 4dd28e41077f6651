package id.aduan.integration.open311;

import id.aduan.category.CategoryService;
import id.aduan.complaint.FeedReport;
import id.aduan.complaint.FeedUpdate;
import id.aduan.complaint.ReportFeed;
import id.aduan.complaint.ReportFeedQuery;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.complaint.TimelineEntryView;
import id.aduan.integration.Partner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Reads reports for Open311: {@code GET requests} with the specification's filters and defaults (the last 90 days, at
 * most 1000 requests), paging ({@code page} from 1, {@code page_size}), and mySociety's {@code servicerequestupdates}.
 * A report appears as a request unless it is confidential, and never with anything of its reporter.
 */
@Component
class Open311Requests {

    static final int MAX_REQUESTS = 1000;
    static final Duration MAX_RANGE = Duration.ofDays(90);

    private final ReportFeed feed;
    private final CategoryService categories;
    private final Clock clock;

    Open311Requests(ReportFeed feed, CategoryService categories, Clock clock) {
        this.feed = feed;
        this.categories = categories;
        this.clock = clock;
    }

    List<Open311Documents.Request> find(Search search) {
        var page = Paging.of(search.page(), search.pageSize());
        var ids = commaList(search.serviceRequestId());
        if (ids.size() > MAX_REQUESTS) {
            throw Open311Exception.badRequest("service_request_id names more than " + MAX_REQUESTS + " requests");
        }
        var window = Window.of(search.startDate(), search.endDate(), clock.instant());
        var codes = commaList(search.serviceCode());
        codes.stream()
                .filter(code -> categories.find(code).isEmpty())
                .findFirst()
                .ifPresent(code -> {
                    throw Open311Exception.badRequest(
                            "service_code " + code + " is not a known service; GET services.xml lists them");
                });
        var query = new ReportFeedQuery(
                ids, codes, window.from(), window.to(), closed(search.status()), page.index(), page.size());
        var extensions = "true".equalsIgnoreCase(search.extensions());
        return feed.find(query).stream()
                .map(report -> request(report, extensions))
                .toList();
    }

    Open311Documents.Request find(String serviceRequestId, boolean extensions) {
        return feed.find(serviceRequestId)
                .map(report -> request(report, extensions))
                .orElseThrow(() -> Open311Exception.notFound("No service request has the id " + serviceRequestId));
    }

    /**
     * mySociety's updates in the window, oldest first: the public timeline entries of every report that is not
     * confidential and, for the partner that asks with its key, what the reporters of the reports it filed are told.
     */
    List<Open311Documents.Update> updates(
            String startDate, String endDate, String page, String pageSize, Partner partner) {
        var paging = Paging.of(page, pageSize);
        var window = Window.of(startDate, endDate, clock.instant());
        var integrationId = partner == null ? null : partner.id();
        return feed.updates(window.from(), window.to(), integrationId, paging.index(), paging.size()).stream()
                .map(Open311Requests::update)
                .toList();
    }

    private static Open311Documents.Update update(FeedUpdate update) {
        var agency = update.agency() == null ? "" : " (" + update.agency().name() + ")";
        return new Open311Documents.Update(
                String.valueOf(update.id()),
                update.trackingId(),
                updateStatus(update.type()),
                Open311Dates.format(update.occurredAt(), update.zone()),
                update.type().labelId() + agency + (update.text() == null ? "" : ": " + update.text()),
                null);
    }

    /** A report by SMS has no service (category) nor region until the verifier sets them: those fields stay empty. */
    private static Open311Documents.Request request(FeedReport report, boolean extensions) {
        var location = report.location();
        var statusNotes =
                report.status().labelId() + (report.latestAnswer() == null ? "" : ": " + report.latestAnswer());
        return new Open311Documents.Request(
                report.trackingId(),
                report.status().isClosed() ? "closed" : "open",
                statusNotes,
                report.category() == null ? null : report.category().name(),
                report.category() == null ? null : report.category().code(),
                report.title(),
                report.description(),
                report.agencies().isEmpty()
                        ? null
                        : report.agencies().stream()
                                .map(agency -> agency.name())
                                .collect(Collectors.joining("; ")),
                null,
                Open311Dates.format(report.submittedAt(), report.zone()),
                Open311Dates.format(report.closedAt() != null ? report.closedAt() : report.updatedAt(), report.zone()),
                Open311Dates.format(report.deadline(), report.zone()),
                location == null ? null : location.address(),
                null,
                null,
                location == null ? null : coordinate(location.latitude()),
                location == null ? null : coordinate(location.longitude()),
                report.attachmentIds().isEmpty()
                        ? null
                        : mediaUrl(report.trackingId(), report.attachmentIds().get(0)),
                extensions
                        ? new Open311Documents.ExtendedAttributes(
                                report.type().name(),
                                report.region() == null ? null : report.region().code(),
                                report.region() == null ? null : report.region().name(),
                                report.status().name())
                        : null,
                extensions
                        ? report.timeline().stream()
                                .map(entry -> note(entry, report))
                                .toList()
                        : null);
    }

    private static Open311Documents.Note note(TimelineEntryView entry, FeedReport report) {
        var type =
                switch (entry.type()) {
                    case SUBMITTED -> "opened";
                    case ARCHIVED, COMPLETED, CLOSED_WITHOUT_ANSWER -> "closed";
                    default -> "activity";
                };
        return new Open311Documents.Note(
                Open311Dates.format(entry.occurredAt(), report.zone()),
                type,
                entry.label(),
                entry.agency() == null ? null : entry.agency().name(),
                entry.text());
    }

    /** A coordinate as it was given, without the zeros the table pads it with: -2.883, not -2.883000. */
    private static BigDecimal coordinate(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** A report's file as anyone downloads it: the public page serves the files of reports that are not confidential. */
    private static String mediaUrl(String trackingId, long attachmentId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/laporan/{trackingId}/lampiran/{id}")
                .buildAndExpand(trackingId, attachmentId)
                .toUriString();
    }

    private static Boolean closed(String status) {
        var statuses = commaList(status).stream()
                .map(value -> value.toLowerCase(Locale.ROOT))
                .toList();
        statuses.stream()
                .filter(value -> !value.equals("open") && !value.equals("closed"))
                .findFirst()
                .ifPresent(value -> {
                    throw Open311Exception.badRequest(
                            "status must be open, closed or both (open,closed), not " + value);
                });
        if (statuses.contains("open") == statuses.contains("closed")) {
            return null;
        }
        return statuses.contains("closed");
    }

    private static List<String> commaList(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** The filters of {@code GET requests}, as the client sent them; each may be null. */
    record Search(
            String serviceRequestId,
            String serviceCode,
            String startDate,
            String endDate,
            String status,
            String page,
            String pageSize,
            String extensions) {}

    /** From {@code start_date} to {@code end_date}: by default the 90 days up to now; never longer than 90 days. */
    private record Window(Instant from, Instant to) {

        static Window of(String startDate, String endDate, Instant now) {
            var end = Open311Dates.parse("end_date", endDate);
            var start = Open311Dates.parse("start_date", startDate);
            var to = end == null ? now : end;
            var from = start == null ? to.minus(MAX_RANGE) : start;
            if (from.isAfter(to)) {
                throw Open311Exception.badRequest("start_date must not be after end_date");
            }
            if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                throw Open311Exception.badRequest("start_date and end_date may be at most 90 days apart");
            }
            return new Window(from, to);
        }
    }

    /** {@code page} from 1 and {@code page_size} from 1 to 1000 (the default). */
    private record Paging(int index, int size) {

        static Paging of(String page, String pageSize) {
            return new Paging(
                    number("page", page, 1, Integer.MAX_VALUE / MAX_REQUESTS) - 1,
                    number("page_size", pageSize, MAX_REQUESTS, MAX_REQUESTS));
        }

        private static int number(String parameter, String value, int absent, int max) {
            if (value == null || value.isBlank()) {
                return absent;
            }
            var digits = value.trim();
            if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > max) {
                throw Open311Exception.badRequest(parameter + " must be a whole number from 1 to " + max);
            }
            return Integer.parseInt(digits);
        }
    }

    /** mySociety's status of an update, from what happened: FixMyStreet maps these onto its own states. */
    private static String updateStatus(TimelineEntryType type) {
        return switch (type) {
            case SUBMITTED -> "open";
            case ROUTED, REROUTED, RETURNED_FOR_REROUTING, DEFERRED, INFORMATION_REQUESTED -> "investigating";
            case HANDLING_STARTED, FOLLOWED_UP, AWAITING_REPORTER -> "in_progress";
            case ACCEPTED, COMPLETED, CLOSED_WITHOUT_ANSWER -> "fixed";
            case ARCHIVED, RETURNED_TO_ORIGIN -> "no_further_action";
            default -> "unchanged";
        };
    }
}
