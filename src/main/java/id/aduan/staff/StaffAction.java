package id.aduan.staff;

/** What a change to a government's staff did. */
public enum StaffAction {
    /** A new account, made a member of one of the government's groups. */
    ACCOUNT_CREATED,
    /** A user of the government made a member of another of its groups. */
    MEMBER_ADDED,
    /** A user taken out of one of the government's groups; the tasks they had claimed for it go back to the group. */
    MEMBER_REMOVED,
    /** An account that belonged to no group any more, deleted. */
    ACCOUNT_DELETED,
    /** The coordinator role handed over to users of another office of the government. */
    HANDOVER
}
