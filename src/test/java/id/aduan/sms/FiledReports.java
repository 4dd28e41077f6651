package id.aduan.sms;

import id.aduan.complaint.TimelineEntryType;
import id.aduan.complaint.TimelineEntryView;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the SMS tests read of a report filed by SMS: its text as stored, and the texts on its timeline. */
final class FiledReports {

    private FiledReports() {}

    /** The report's description as filed. */
    static String description(JdbcTemplate jdbc, String trackingId) {
        return jdbc.queryForObject("select description from complaint where tracking_id = ?", String.class, trackingId);
    }

    /** The texts of the timeline's entries of a type, oldest first. */
    static List<String> texts(List<TimelineEntryView> timeline, TimelineEntryType type) {
        return timeline.stream()
                .filter(entry -> entry.type() == type)
                .map(TimelineEntryView::text)
                .toList();
    }
}
