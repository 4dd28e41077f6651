package id.aduan.stats;

import java.time.LocalDate;

/**
 * What one agency's assignment of a report adds to that agency's figures: its own part, answered or not, whatever
 * the report's overall status. Re-routed reports count for both agencies, for the first one as handed back.
 */
record AssignmentFacts(
        long complaintId,
        String agencyCode,
        LocalDate filingDate,
        Bucket bucket,
        boolean overdue,
        Integer firstAnswerDays,
        Boolean firstAnswerOnTime,
        Integer rating,
        int objections) {

    Tally tally() {
        return Tally.of(bucket, overdue, firstAnswerDays, firstAnswerOnTime, rating, objections);
    }
}
