package id.aduan.stats;

import id.aduan.complaint.ComplaintStatus;
import java.util.Map;

/**
 * Reports by status, with the words of published statistics: *belum diverifikasi*, *ditunda*, *diarsipkan*,
 * *belum ditindaklanjuti*, *diproses*, *ditindaklanjuti* and *selesai*.
 *
 * @param completionRate completed reports as a whole percentage of those received, or null without any
 * @param overdue open reports past a deadline: verification, or an agency's follow-up
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
        long overdue) {

    static ComplaintCounts of(Map<ComplaintStatus, Long> byStatus, long overdue) {
        var received = byStatus.values().stream().mapToLong(Long::longValue).sum();
        var completed = byStatus.getOrDefault(ComplaintStatus.COMPLETED, 0L);
        return new ComplaintCounts(
                received,
                byStatus.getOrDefault(ComplaintStatus.SUBMITTED, 0L),
                byStatus.getOrDefault(ComplaintStatus.DEFERRED, 0L),
                byStatus.getOrDefault(ComplaintStatus.ARCHIVED, 0L),
                byStatus.getOrDefault(ComplaintStatus.FORWARDED, 0L),
                byStatus.getOrDefault(ComplaintStatus.IN_PROGRESS, 0L),
                byStatus.getOrDefault(ComplaintStatus.FOLLOWED_UP, 0L),
                completed,
                received == 0 ? null : (int) Math.round(100.0 * completed / received),
                overdue);
    }
}
