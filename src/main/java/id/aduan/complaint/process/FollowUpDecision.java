package id.aduan.complaint.process;

/** The values of {@code followUpDecision} in the agency's follow-up form and in a government's dispatch form. */
enum FollowUpDecision {
    RESPOND,
    NOT_OUR_AUTHORITY,
    REQUEST_INFO,
    /** Only in the dispatch form: the government's units answer. */
    DISPATCH
}
