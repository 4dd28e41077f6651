package id.aduan.complaint;

public enum AssignmentStatus {
    /** The agency has yet to follow up. */
    AWAITING_FOLLOW_UP,
    /** The agency asked the reporter for information; its clock is paused. */
    AWAITING_INFORMATION,
    /** The agency has followed up. */
    FOLLOWED_UP,
    /** The agency declared the report outside its authority and another agency took it over. */
    RETURNED
}
