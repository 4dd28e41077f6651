package id.aduan.stats;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one report adds to the national figures and to those of its category, region and channel.
 *
 * @param channel the door it came in through, or {@code INTEGRATION:<id>} for a partner system
 * @param firstAnswerDays working days from routing to the first agency's first answer, if any
 * @param firstAnswerOnTime whether that answer came before the agency's first-response deadline was missed
 */
record ReportFacts(
        long complaintId,
        LocalDate filingDate,
        Instant submittedAt,
        String categoryCode,
        String regionCode,
        String channel,
        Bucket bucket,
        boolean confidential,
        boolean overdue,
        Integer firstAnswerDays,
        Boolean firstAnswerOnTime,
        Integer rating,
        int objections) {

    boolean open() {
        return bucket != Bucket.ARCHIVED && bucket != Bucket.COMPLETED && bucket != Bucket.DUPLICATE;
    }

    Tally tally() {
        return Tally.of(bucket, overdue, firstAnswerDays, firstAnswerOnTime, rating, objections);
    }
}
