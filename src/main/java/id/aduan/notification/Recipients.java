package id.aduan.notification;

import id.aduan.complaint.Language;
import java.util.List;

/**
 * Who gets one kind of notification about a report, and how: staff by e-mail in Indonesian, or the reporter alone,
 * by e-mail or SMS, in their language.
 *
 * @param reporterName the reporter's name for their own notifications; null for staff
 * @param addresses e-mail addresses, or the reporter's number in E.164; empty when nobody is to be told
 */
record Recipients(NotificationChannel channel, Language language, String reporterName, List<String> addresses) {

    static final Recipients NOBODY = new Recipients(NotificationChannel.EMAIL, Language.ID, null, List.of());

    boolean isEmpty() {
        return addresses.isEmpty();
    }

    @Override
    public String toString() {
        return "Recipients[channel=" + channel + ", language=" + language + ", count=" + addresses.size() + "]";
    }
}
