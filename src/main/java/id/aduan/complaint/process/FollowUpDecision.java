package id.aduan.complaint.process;

/** The values of {@code followUpDecision} in the agency's follow-up form. */
enum FollowUpDecision {
    RESPOND,
    NOT_OUR_AUTHORITY,
    REQUEST_INFO
}
