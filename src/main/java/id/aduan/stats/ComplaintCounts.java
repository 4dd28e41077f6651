package id.aduan.stats;

/**
 * The published numbers of a level (the country, a province, a government, an agency, a category, a region or a
 * channel) in a period, with the words of published statistics: *belum diverifikasi*, *ditunda*, *diarsipkan*,
 * *belum ditindaklanjuti*, *diproses*, *ditindaklanjuti* and *selesai*. An agency's numbers count its own part of
 * each report routed to it (answered or not); the reports it handed back as outside its authority are counted apart
 * and not among those it received.
 *
 * @param completionRate completed reports as a whole percentage of those received, or null without any
 * @param overdue open reports past a deadline now: verification, or an agency's follow-up
 * @param firstAnswers reports that had a first answer (for an agency: that it answered)
 * @param onTimeRate first answers given before the first-response deadline was missed, as a whole percentage
 * @param medianWorkingDays the median of the working days from routing to the first answer; given for one level's
 *     code (and its months), not in the lines of a breakdown or the league table
 * @param averageRating the mean of the reporters' ratings (1 to 5), to one decimal
 * @param duplicates reports archived as duplicates of another report: the matter is counted once, with that report,
 *     so they are not among those received (nor archived); for an agency always 0
 */
public record ComplaintCounts(
        long received,
        long notYetVerified,
        long deferred,
        long archived,
        long notYetFollowedUp,
        long inProgress,
        long followedUp,
        long completed,
        Integer completionRate,
        long handedBack,
        long overdue,
        long firstAnswers,
        Integer onTimeRate,
        Double medianWorkingDays,
        Double averageRating,
        long ratings,
        long objections,
        long duplicates) {

    static ComplaintCounts of(Tally tally) {
        var received = tally.get("received");
        var answered = tally.get("answered");
        var ratings = tally.get("ratings");
        return new ComplaintCounts(
                received,
                tally.get("not_yet_verified"),
                tally.get("deferred"),
                tally.get("archived"),
                tally.get("not_yet_followed_up"),
                tally.get("in_progress"),
                tally.get("followed_up"),
                tally.get("completed"),
                percentage(tally.get("completed"), received),
                tally.get("handed_back"),
                tally.get("overdue"),
                answered,
                percentage(tally.get("answered_on_time"), answered),
                tally.medianAnswerDays(),
                ratings == 0 ? null : Math.round(10.0 * tally.get("rating_sum") / ratings) / 10.0,
                ratings,
                tally.get("objections"),
                tally.get("duplicates"));
    }

    private static Integer percentage(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    /** Reports not yet closed (neither completed nor archived). */
    public long open() {
        return received - completed - archived;
    }
}
