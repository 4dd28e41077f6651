package id.aduan.complaint;

import id.aduan.deadline.OfficeTimeZone;
import java.time.Instant;

/**
 * One agency's part in a report, for e-mails to the agency's staff and to the reporter.
 *
 * @param latestText the latest text of the agency on the timeline: its answer, question or reason
 * @param informationAnswerDue when the reporter must answer the agency's question, while it waits
 */
public record AgencyFacts(
        NamedCode agency,
        OfficeTimeZone timeZone,
        AssignmentStatus status,
        Instant followUpDue,
        Instant completionDue,
        Instant informationAnswerDue,
        String latestText) {}
