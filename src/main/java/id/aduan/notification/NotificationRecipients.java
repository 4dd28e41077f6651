package id.aduan.notification;

import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.ComplaintSummary;
import id.aduan.complaint.Language;
import id.aduan.routing.AgencyGroups;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides who is told what about a report, on one channel. Staff get e-mail at the addresses of their groups'
 * members. The reporter gets e-mail when they gave an address; otherwise, or when they chose SMS ("kabari saya lewat
 * SMS"), the kinds that go by SMS ({@link NotificationKind#sms()}) go to their phone, while SMS are on and the number
 * has not sent BERHENTI, except the receipt of a report filed by SMS, whose reply carried the tracking ID already. A
 * reporter who chose SMS gets e-mail whenever the SMS cannot go.
 */
@Component
class NotificationRecipients {

    private final ComplaintSummaries complaints;
    private final StaffRecipients staff;
    private final AgencyGroups groups;
    private final List<NotificationTransport> emailFirst;
    private final List<NotificationTransport> smsFirst;

    NotificationRecipients(
            ComplaintSummaries complaints,
            StaffRecipients staff,
            AgencyGroups groups,
            List<NotificationTransport> transports) {
        this.complaints = complaints;
        this.staff = staff;
        this.groups = groups;
        this.emailFirst = inOrder(transports, NotificationChannel.EMAIL);
        this.smsFirst = inOrder(transports, NotificationChannel.SMS);
    }

    private static List<NotificationTransport> inOrder(
            List<NotificationTransport> transports, NotificationChannel first) {
        return transports.stream()
                .sorted(Comparator.comparing((NotificationTransport transport) -> transport.channel() != first)
                        .thenComparing(NotificationTransport::channel))
                .toList();
    }

    /**
     * @param agencyCode the agency the notification is about, for agency notifications; otherwise null
     */
    Recipients of(NotificationKind kind, ComplaintSummary summary, String agencyCode) {
        return kind.audience() == Audience.REPORTER ? reporter(kind, summary) : staff(kind, summary, agencyCode);
    }

    private Recipients reporter(NotificationKind kind, ComplaintSummary summary) {
        if (kind == NotificationKind.AGENCY_ANSWER && summary.pendingAgencies().isEmpty()) {
            // the last answer: the reporter gets them all with ANSWERS_READY
            return Recipients.NOBODY;
        }
        var contact = complaints.reporterContact(summary.complaintId());
        for (var transport : contact.smsUpdates() ? smsFirst : emailFirst) {
            if (transport.channel() == NotificationChannel.SMS && !goesBySms(kind, summary)) {
                continue;
            }
            var address = transport.reporterAddress(contact);
            if (address.isPresent()) {
                return new Recipients(transport.channel(), contact.language(), contact.name(), List.of(address.get()));
            }
        }
        return Recipients.NOBODY;
    }

    private static boolean goesBySms(NotificationKind kind, ComplaintSummary summary) {
        return kind.sms() && !(kind == NotificationKind.RECEIPT && summary.channel() == Channel.SMS);
    }

    private Recipients staff(NotificationKind kind, ComplaintSummary summary, String agencyCode) {
        var groupIds =
                switch (kind) {
                    case VERIFICATION_TASK -> groups.verifiers(summary.requestedAgencyCode());
                    case WEBHOOK_DISABLED,
                            OBJECTION_NOT_DELIVERED,
                            REROUTING_TASK,
                            ESCALATED_TO_NATIONAL_ADMINISTRATOR -> List.of(groups.nationalAdministrators());
                    case ESCALATED_TO_SUPERVISOR -> List.of(groups.supervisors(agencyCode));
                    case ANSWER_TO_APPROVE -> List.of(groups.liaisonOfficers(agencyCode));
                    default -> List.of(groups.officers(agencyCode));
                };
        return new Recipients(NotificationChannel.EMAIL, Language.ID, null, List.copyOf(staff.of(groupIds)));
    }
}
