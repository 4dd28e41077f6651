package id.aduan.notification;

/**
 * The notifications Aduan sends. Each has an e-mail template per language in {@code mail/<language>/<template>.html}
 * (subject and body); those a reporter without an e-mail address gets by SMS also have {@code
 * sms/<language>/<template>.txt}. An operator may replace any of them.
 */
public enum NotificationKind {
    /** To the reporter: the report arrived, with its tracking ID and a link to follow it. */
    RECEIPT(Audience.REPORTER, "receipt", true),
    /** To the reporter: verified and routed, with the agencies. */
    ROUTED(Audience.REPORTER, "routed", true),
    /** To the reporter: deferred, with the verifier's question. */
    DEFERRED(Audience.REPORTER, "deferred", true),
    /** To the reporter: archived, with the reason. */
    ARCHIVED(Audience.REPORTER, "archived", true),
    /** To the reporter: an agency asks for information. */
    INFORMATION_REQUESTED(Audience.REPORTER, "information-requested", true),
    /** To the reporter: one agency answered while others still work on the report. */
    AGENCY_ANSWER(Audience.REPORTER, "agency-answer", true),
    /** To the reporter: every agency answered; accept and rate, or object, within the window. */
    ANSWERS_READY(Audience.REPORTER, "answers-ready", true),
    /** To the reporter: the window to accept or object closes soon. */
    WINDOW_CLOSING(Audience.REPORTER, "window-closing", true),
    /** To the reporter: completed after their acceptance. */
    COMPLETED(Audience.REPORTER, "completed", true),
    /** To the reporter: completed because they did not answer within the window. */
    CLOSED_WITHOUT_ANSWER(Audience.REPORTER, "closed-without-answer", true),
    /** To the reporter, at their request (their link expired or got lost): a new private link. */
    ACCESS_LINK(Audience.REPORTER, "access-link", false),
    /** To the verifiers: a report to verify. */
    VERIFICATION_TASK(Audience.STAFF, "verification-task", false),
    /** To the agency's officers: a report to follow up. */
    FOLLOW_UP_TASK(Audience.STAFF, "follow-up-task", false),
    /** To a unit's officers: their government's coordinator dispatched a report to the unit. */
    DISPATCHED_TO_UNIT(Audience.STAFF, "dispatched-to-unit", false),
    /** To the liaison officers of a unit's government: a unit's draft answer to approve or return. */
    ANSWER_TO_APPROVE(Audience.STAFF, "answer-to-approve", false),
    /** To a unit's officers: the liaison officer returned their draft, with the reason. */
    ANSWER_RETURNED(Audience.STAFF, "answer-returned", false),
    /** To the national administrators: a report an agency handed back, to route again. */
    REROUTING_TASK(Audience.STAFF, "rerouting-task", false),
    /** To the agency's officers: the follow-up deadline is near. */
    DEADLINE_APPROACHING(Audience.STAFF, "deadline-approaching", false),
    /** To the agency's officers: the follow-up deadline has passed. */
    DEADLINE_MISSED(Audience.STAFF, "deadline-missed", false),
    /** To the agency's supervisors: act on an overdue follow-up. */
    ESCALATED_TO_SUPERVISOR(Audience.STAFF, "escalated-to-supervisor", false),
    /** To the national administrators: intervene in an overdue follow-up. */
    ESCALATED_TO_NATIONAL_ADMINISTRATOR(Audience.STAFF, "escalated-to-national-administrator", false),
    /** To the national administrators: a partner's receiver answered 410 Gone and its webhooks stopped. */
    WEBHOOK_DISABLED(Audience.STAFF, "webhook-disabled", false),
    /**
     * To the national administrators: the installation a report was forwarded to refused the reporter's objection for
     * good, its report there having closed before the objection arrived; someone tells the reporter.
     */
    OBJECTION_NOT_DELIVERED(Audience.STAFF, "objection-not-delivered", false);

    private final Audience audience;
    private final String template;
    private final boolean sms;

    NotificationKind(Audience audience, String template, boolean sms) {
        this.audience = audience;
        this.template = template;
        this.sms = sms;
    }

    public Audience audience() {
        return audience;
    }

    public String template() {
        return template;
    }

    /** Whether a reporter who gave a phone and no e-mail address gets it by SMS. */
    public boolean sms() {
        return sms;
    }
}
