package id.aduan.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many working days each step may take (application.yml, {@code aduan.deadlines.*}). The completion
 * targets by report type and complexity live in {@code ComplaintDeadlineDecision.dmn}.
 *
 * @param verification the national administrator's verification of a new report
 * @param deferralAnswer the reporter's answer to a deferred report before it is archived
 * @param firstResponse the agency's first follow-up after routing
 * @param dispatch of the first response, the days a government's coordinator has to dispatch a report to its units
 * @param approval of the first response, the last days, in which the government's liaison officer approves the
 *     units' drafts; the units draft in the days between
 * @param objectionResponse the agency's answer to an objection, at the least
 * @param informationRequest the reporter's answer to an agency's request for information
 * @param reporterWindow the reporter's window to accept or object after a follow-up
 * @param reporterWindowReminder how many working days before the window closes the reporter is reminded
 * @param followUpReminder how many working days before its follow-up deadline the agency is reminded
 * @param supervisorEscalation after a missed follow-up deadline, until the supervisor is asked to act
 * @param nationalEscalation after a missed follow-up deadline, until the national administrator intervenes
 * @param installationGrace after the follow-up deadline of an agency another Aduan installation serves, until this
 *     installation, having heard no decision from there, marks the follow-up overdue and its national administrator
 *     intervenes
 * @param nationalTimeZone the time zone of the national administrator and of the reporter's deadlines
 */
@ConfigurationProperties(prefix = "aduan.deadlines")
public record DeadlineProperties(
        @DefaultValue("3") int verification,
        @DefaultValue("10") int deferralAnswer,
        @DefaultValue("5") int firstResponse,
        @DefaultValue("1") int dispatch,
        @DefaultValue("1") int approval,
        @DefaultValue("5") int objectionResponse,
        @DefaultValue("10") int informationRequest,
        @DefaultValue("10") int reporterWindow,
        @DefaultValue("2") int reporterWindowReminder,
        @DefaultValue("1") int followUpReminder,
        @DefaultValue("2") int supervisorEscalation,
        @DefaultValue("5") int nationalEscalation,
        @DefaultValue("2") int installationGrace,
        @DefaultValue("WIB") OfficeTimeZone nationalTimeZone) {

    public static DeadlineProperties defaults() {
        return new DeadlineProperties(3, 10, 5, 1, 1, 5, 10, 10, 2, 1, 2, 5, 2, OfficeTimeZone.WIB);
    }
}
