package id.aduan.complaint;

/** Who may read a timeline entry. Staff read every entry; the reporter reads public and reporter entries. */
public enum Visibility {
    PUBLIC,
    REPORTER,
    STAFF;

    boolean visibleTo(Visibility audience) {
        return this.ordinal() <= audience.ordinal();
    }
}
