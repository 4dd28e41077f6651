package id.aduan.sms;

/** What an incoming SMS did, kept so that the same SMS delivered again is answered without doing it twice. */
enum InboundOutcome {
    /** Filed a report. */
    FILED(true),
    /** Posted the reporter's message on a report. */
    MESSAGE_POSTED(true),
    /** Accepted a report's follow-up. */
    ACCEPTED(true),
    /** Objected to a report's follow-up. */
    OBJECTED(true),
    /** Changed nothing: a check, help, a refusal, BERHENTI or MULAI (both the same when done again). */
    ANSWERED(false);

    private final boolean changedReport;

    InboundOutcome(boolean changedReport) {
        this.changedReport = changedReport;
    }

    /** Whether doing it again would change a report once more: then the SMS delivered again is only answered. */
    boolean changedReport() {
        return changedReport;
    }
}
