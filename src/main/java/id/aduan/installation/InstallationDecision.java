package id.aduan.installation;

/** What the installation that serves the agency decided about a report forwarded to it, as the origin applies it. */
public enum InstallationDecision {
    /** Its agency answered: the answer is the agency's follow-up here. */
    ANSWERED,
    /** Its agency or verifier asked the reporter for more information: the reporter is asked here. */
    INFORMATION_REQUESTED,
    /** Not its authority (or archived there): the report is routed again here. */
    RETURNED
}
