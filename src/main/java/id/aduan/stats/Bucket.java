package id.aduan.stats;

import id.aduan.complaint.ComplaintStatus;

/** Where a report, or one agency's part in it, stands in the published numbers; one tally column each. */
enum Bucket {
    NOT_YET_VERIFIED("not_yet_verified"),
    DEFERRED("deferred"),
    ARCHIVED("archived"),
    NOT_YET_FOLLOWED_UP("not_yet_followed_up"),
    IN_PROGRESS("in_progress"),
    FOLLOWED_UP("followed_up"),
    COMPLETED("completed"),
    /** The agency declared the report outside its authority: not counted among the reports it received. */
    HANDED_BACK("handed_back"),
    /**
     * The verifier archived the report as a duplicate of another: the matter is counted once, with that one, so this
     * is not counted among the reports received (nor archived), only on a line of its own.
     */
    DUPLICATE("duplicates");

    private final String column;

    Bucket(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** Whether a report or assignment in this bucket counts among the reports received. */
    boolean received() {
        return this != HANDED_BACK && this != DUPLICATE;
    }

    static Bucket of(ComplaintStatus status) {
        return switch (status) {
            case SUBMITTED -> NOT_YET_VERIFIED;
            case DEFERRED -> DEFERRED;
            case ARCHIVED -> ARCHIVED;
            case FORWARDED -> NOT_YET_FOLLOWED_UP;
            case IN_PROGRESS -> IN_PROGRESS;
            case FOLLOWED_UP -> FOLLOWED_UP;
            case COMPLETED -> COMPLETED;
        };
    }
}
