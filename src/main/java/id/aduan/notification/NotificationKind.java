package id.aduan.notification;

/**
 * The e-mails Aduan sends. Each has a template per language in {@code mail/<language>/<template>.html}
 * (subject and body), which an operator may replace.
 */
public enum NotificationKind {
    /** To the reporter: the report arrived, with its tracking ID and a link to follow it. */
    RECEIPT(Audience.REPORTER, "receipt"),
    /** To the reporter: verified and routed, with the agencies. */
    ROUTED(Audience.REPORTER, "routed"),
    /** To the reporter: deferred, with the verifier's question. */
    DEFERRED(Audience.REPORTER, "deferred"),
    /** To the reporter: archived, with the reason. */
    ARCHIVED(Audience.REPORTER, "archived"),
    /** To the reporter: an agency asks for information. */
    INFORMATION_REQUESTED(Audience.REPORTER, "information-requested"),
    /** To the reporter: one agency answered while others still work on the report. */
    AGENCY_ANSWER(Audience.REPORTER, "agency-answer"),
    /** To the reporter: every agency answered; accept and rate, or object, within the window. */
    ANSWERS_READY(Audience.REPORTER, "answers-ready"),
    /** To the reporter: the window to accept or object closes soon. */
    WINDOW_CLOSING(Audience.REPORTER, "window-closing"),
    /** To the reporter: completed after their acceptance. */
    COMPLETED(Audience.REPORTER, "completed"),
    /** To the reporter: completed because they did not answer within the window. */
    CLOSED_WITHOUT_ANSWER(Audience.REPORTER, "closed-without-answer"),
    /** To the reporter, at their request (their link expired or got lost): a new private link. */
    ACCESS_LINK(Audience.REPORTER, "access-link"),
    /** To the verifiers: a report to verify. */
    VERIFICATION_TASK(Audience.STAFF, "verification-task"),
    /** To the agency's officers: a report to follow up. */
    FOLLOW_UP_TASK(Audience.STAFF, "follow-up-task"),
    /** To the national administrators: a report an agency handed back, to route again. */
    REROUTING_TASK(Audience.STAFF, "rerouting-task"),
    /** To the agency's officers: the follow-up deadline is near. */
    DEADLINE_APPROACHING(Audience.STAFF, "deadline-approaching"),
    /** To the agency's officers: the follow-up deadline has passed. */
    DEADLINE_MISSED(Audience.STAFF, "deadline-missed"),
    /** To the agency's supervisors: act on an overdue follow-up. */
    ESCALATED_TO_SUPERVISOR(Audience.STAFF, "escalated-to-supervisor"),
    /** To the national administrators: intervene in an overdue follow-up. */
    ESCALATED_TO_NATIONAL_ADMINISTRATOR(Audience.STAFF, "escalated-to-national-administrator"),
    /** To the national administrators: a partner's receiver answered 410 Gone and its webhooks stopped. */
    WEBHOOK_DISABLED(Audience.STAFF, "webhook-disabled");

    private final Audience audience;
    private final String template;

    NotificationKind(Audience audience, String template) {
        this.audience = audience;
        this.template = template;
    }

    public Audience audience() {
        return audience;
    }

    public String template() {
        return template;
    }
}
