package id.aduan.complaint;

import java.time.Instant;

/** An agency's follow-up that is past its deadline, for staff and oversight. */
public record OverdueFollowUp(
        String trackingId,
        String title,
        boolean confidential,
        NamedCode agency,
        AssignmentStatus status,
        Instant followUpDue,
        Instant overdueSince) {}
