package id.aduan.sms;

import id.aduan.complaint.Acceptance;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintNotFoundException;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStateException;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ComplaintView;
import id.aduan.complaint.Language;
import id.aduan.complaint.NamedCode;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Objection;
import id.aduan.complaint.PublicComplaintView;
import id.aduan.complaint.ReportFeed;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.ReporterMessage;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.complaint.TimelineEntryView;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.notification.SmsOptOuts;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import id.aduan.sms.SmsCommand.Keyword;
import id.aduan.system.FieldProblemException;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Does what an SMS asks, through the same services as every other door, with the sender's number as the reporter's
 * credential: another number acting on a report gets the same "not found" as a wrong tracking ID and learns nothing,
 * and a check of someone else's report shows only its public status. Each command's answer names its reply template.
 */
@Component
class SmsCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(SmsCommandHandler.class);

    /** What staff wrote to the reporter, of which a check by the reporter's own number quotes the latest. */
    private static final Set<TimelineEntryType> WORDS_FOR_REPORTER = EnumSet.of(
            TimelineEntryType.FOLLOWED_UP,
            TimelineEntryType.INFORMATION_REQUESTED,
            TimelineEntryType.DEFERRED,
            TimelineEntryType.ARCHIVED);

    /** The most words of an answer a check quotes; fewer when the reply would not fit two SMS. */
    private static final int QUOTED_WORDS = 20;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final ComplaintService complaints;
    private final ReportFeed feed;
    private final SmsOptOuts optOuts;
    private final SmsSenders senders;
    private final SmsLimits limits;
    private final RegionService regions;
    private final DeadlineProperties deadlines;
    private final Clock clock;

    SmsCommandHandler(
            ComplaintService complaints,
            ReportFeed feed,
            SmsOptOuts optOuts,
            SmsSenders senders,
            SmsLimits limits,
            RegionService regions,
            DeadlineProperties deadlines,
            Clock clock) {
        this.complaints = complaints;
        this.feed = feed;
        this.optOuts = optOuts;
        this.senders = senders;
        this.limits = limits;
        this.regions = regions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    Answer handle(SmsCommand command, Sender sender) {
        var language = command.language();
        if (command instanceof SmsCommand.Report report) {
            return report(report, sender);
        }
        if (command instanceof SmsCommand.Check check) {
            return check(check, sender);
        }
        if (command instanceof SmsCommand.Reply reply) {
            var done = confirmation(InboundOutcome.MESSAGE_POSTED, reply.trackingId(), language);
            return act(
                    done,
                    Keyword.REPLY,
                    sender,
                    credential -> complaints.postMessage(
                            reply.trackingId(), credential, new ReporterMessage(reply.message())));
        }
        if (command instanceof SmsCommand.Accept accept) {
            var done = confirmation(InboundOutcome.ACCEPTED, accept.trackingId(), language)
                    .with("rating", accept.rating());
            return act(
                    done,
                    Keyword.ACCEPT,
                    sender,
                    credential -> complaints.accept(
                            accept.trackingId(), credential, new Acceptance(accept.rating(), accept.comment())));
        }
        if (command instanceof SmsCommand.Reject reject) {
            var done = confirmation(InboundOutcome.OBJECTED, reject.trackingId(), language);
            return act(
                    done,
                    Keyword.REJECT,
                    sender,
                    credential -> complaints.object(reject.trackingId(), credential, new Objection(reject.reason())));
        }
        if (command instanceof SmsCommand.Stop) {
            optOuts.stop(sender.phone());
            return Answer.of("reply-stopped", language);
        }
        if (command instanceof SmsCommand.Start) {
            optOuts.start(sender.phone());
            return Answer.of("reply-started", language);
        }
        if (command instanceof SmsCommand.Incomplete incomplete) {
            return Answer.of("reply-usage", language)
                    .with("command", incomplete.keyword().name());
        }
        if (command instanceof SmsCommand.Thanks) {
            return Answer.of("reply-thanks", language);
        }
        return Answer.of("reply-help", language).with("unknown", command instanceof SmsCommand.Unknown);
    }

    /**
     * The answer again to an SMS that changed a report when it was first delivered, without changing it again.
     *
     * @param command the SMS read again, for what the answer repeats of it (the rating)
     */
    Answer answerAgain(
            InboundOutcome outcome, String trackingId, Language language, SmsCommand command, Sender sender) {
        return switch (outcome) {
            case FILED -> receipt(trackingId, language, sender);
            case ACCEPTED ->
                confirmation(outcome, trackingId, language)
                        .with("rating", command instanceof SmsCommand.Accept accept ? accept.rating() : null);
            case MESSAGE_POSTED, OBJECTED -> confirmation(outcome, trackingId, language);
            case ANSWERED -> throw new IllegalArgumentException("An SMS that changed nothing is handled again");
        };
    }

    /** The answer when the number is over its limit of SMS: told so once an hour, else silence. */
    Answer overLimit(Sender sender, Language language, Duration wait) {
        return limits.tellOverLimit(sender) ? limitReached(language, "COMMANDS", wait) : Answer.silence(language);
    }

    private Answer report(SmsCommand.Report report, Sender sender) {
        var language = report.language();
        var wait = limits.reportWait(sender);
        if (wait.isPresent()) {
            return limitReached(language, "REPORTS", wait.get());
        }
        // Confidential: an SMS often carries the sender's name, address or number, and the citizen could not choose,
        // as a web reporter does, whether the public may read it. The public sees it in the counts only.
        var filed = new NewComplaint(
                ReportType.COMPLAINT,
                null,
                report.text(),
                null,
                null,
                null,
                null,
                new Reporter(null, null, sender.phone()),
                false,
                true,
                language,
                Channel.SMS,
                null);
        String trackingId;
        Instant verificationDue;
        try {
            var submitted = complaints.submit(filed);
            trackingId = submitted.trackingId();
            verificationDue = submitted.verificationDue();
        } catch (ConstraintViolationException | FieldProblemException refused) {
            log.info("SMS report from {} refused: {}", sender, refused.getMessage());
            return Answer.of("reply-invalid", language);
        }
        var explainKeywords = false;
        try {
            limits.countReport(sender);
            explainKeywords = !report.keyword() && senders.explainKeywordsOnce(sender);
        } catch (RuntimeException afterFiling) {
            // The report is filed: its receipt matters more than the count or the keywords.
            log.warn("Report {} filed by SMS, but not counted against its number's limit", trackingId, afterFiling);
        }
        return receipt(trackingId, language, verificationDue, nationalZone(), explainKeywords);
    }

    /** The receipt again, with the verification's deadline if it is still to come. */
    private Answer receipt(String trackingId, Language language, Sender sender) {
        var view = complaints.view(trackingId, credential(sender));
        return view instanceof ReporterComplaintView own
                ? receipt(trackingId, language, own.verificationDue(), zoneOf(own.region()), false)
                : receipt(trackingId, language, null, nationalZone(), false);
    }

    private Answer receipt(
            String trackingId, Language language, Instant verificationDue, ZoneId zone, boolean explainKeywords) {
        return Answer.about(trackingId, "reply-reported", language, InboundOutcome.FILED)
                .with("due", date(verificationDue, zone, language))
                .with("verificationDays", deadlines.verification())
                .with("explainKeywords", explainKeywords);
    }

    /** A report's status and deadline: for the reporter's own number with the latest words of staff to them. */
    private Answer check(SmsCommand.Check check, Sender sender) {
        var trackingId = check.trackingId();
        var language = check.language();
        ComplaintView view;
        try {
            view = complaints.view(trackingId, credential(sender));
        } catch (ComplaintNotFoundException notVisible) {
            return notFound(trackingId, language);
        }
        if (view instanceof ReporterComplaintView own) {
            return status(trackingId, language, own.status(), own.overdue())
                    .with("due", date(own.currentDeadline(), zoneOf(own.region()), language))
                    .with(SmsReplies.ANSWER, latestWordsForReporter(own.timeline()))
                    .with("next", nextStep(own));
        }
        var shown = (PublicComplaintView) view;
        var deadline = feed.find(trackingId);
        return status(trackingId, language, shown.status(), shown.overdue())
                .with(
                        "due",
                        deadline.map(report -> date(report.deadline(), report.zone(), language))
                                .orElse(null));
    }

    private static Answer status(String trackingId, Language language, ComplaintStatus status, boolean overdue) {
        return Answer.about(trackingId, "reply-status", language, InboundOutcome.ANSWERED)
                .with("status", label(status, language))
                .with("overdue", overdue);
    }

    /** What the reporter is to do next, if anything: answer a question, or accept or object. */
    private static String nextStep(ReporterComplaintView own) {
        if (own.status() == ComplaintStatus.FOLLOWED_UP) {
            return "DECIDE";
        }
        var asked = own.status() == ComplaintStatus.DEFERRED
                || own.agencies().stream().anyMatch(agency -> agency.informationAnswerDue() != null);
        return asked ? "ANSWER" : null;
    }

    /**
     * A reporter's action on a report: the answer for it done, else why not. Another number gets the answer of a wrong
     * tracking ID.
     */
    private Answer act(Answer done, Keyword keyword, Sender sender, Consumer<ReporterCredential> action) {
        var trackingId = done.trackingId();
        try {
            action.accept(credential(sender));
            return done;
        } catch (ComplaintNotFoundException notTheirs) {
            return notFound(trackingId, done.language());
        } catch (ComplaintStateException tooLateOrTooEarly) {
            return notPossible(trackingId, done.language(), sender, keyword);
        } catch (ConstraintViolationException invalid) {
            log.info("SMS {} from {} refused: {}", keyword, sender, invalid.getMessage());
            return Answer.of("reply-invalid", done.language());
        }
    }

    private Answer notPossible(String trackingId, Language language, Sender sender, Keyword keyword) {
        var status = complaints.view(trackingId, credential(sender)) instanceof ReporterComplaintView own
                ? own.status()
                : null;
        return Answer.about(trackingId, "reply-not-possible", language, InboundOutcome.ANSWERED)
                .with("command", keyword.name())
                .with("status", status == null ? null : label(status, language))
                .with("closed", status != null && status.isClosed());
    }

    private static Answer confirmation(InboundOutcome outcome, String trackingId, Language language) {
        var template =
                switch (outcome) {
                    case MESSAGE_POSTED -> "reply-message-posted";
                    case ACCEPTED -> "reply-accepted";
                    case OBJECTED -> "reply-objected";
                    case FILED, ANSWERED -> throw new IllegalArgumentException("No confirmation for " + outcome);
                };
        return Answer.about(trackingId, template, language, outcome);
    }

    private static Answer notFound(String trackingId, Language language) {
        return Answer.about(trackingId, "reply-not-found", language, InboundOutcome.ANSWERED);
    }

    private Answer limitReached(Language language, String limit, Duration wait) {
        var zone = nationalZone();
        var pattern = language == Language.EN ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy 'pukul' HH.mm";
        var retry = DateTimeFormatter.ofPattern(pattern, language.locale())
                        .format(clock.instant().plus(wait).atZone(zone))
                + " " + deadlines.nationalTimeZone().name();
        return Answer.of("reply-limit", language).with("limit", limit).with("retry", retry);
    }

    /** The latest text staff wrote to the reporter, in its first words. */
    private static String latestWordsForReporter(List<TimelineEntryView> timeline) {
        return timeline.stream()
                .filter(entry -> WORDS_FOR_REPORTER.contains(entry.type()) && entry.text() != null)
                .reduce((first, second) -> second)
                .map(entry -> firstWords(entry.text()))
                .orElse(null);
    }

    private static String firstWords(String text) {
        var words = WHITE_SPACE.split(text.strip());
        var first = Arrays.stream(words).limit(QUOTED_WORDS).collect(Collectors.joining(" "));
        return words.length > QUOTED_WORDS ? first + "..." : first;
    }

    private static String label(ComplaintStatus status, Language language) {
        return language == Language.EN ? status.labelEn() : status.labelId();
    }

    private static String date(Instant instant, ZoneId zone, Language language) {
        return instant == null
                ? null
                : DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(instant.atZone(zone));
    }

    /** The time zone of a report's region, in which its reporter's deadlines end; the national one without region. */
    private ZoneId zoneOf(NamedCode region) {
        return region == null
                ? nationalZone()
                : regions.find(region.code())
                        .map(Region::getTimeZone)
                        .map(zone -> zone.zone())
                        .orElseGet(this::nationalZone);
    }

    private ZoneId nationalZone() {
        return deadlines.nationalTimeZone().zone();
    }

    private static ReporterCredential credential(Sender sender) {
        return ReporterCredential.phone(sender.phone());
    }
}
