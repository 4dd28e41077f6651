package id.aduan.deadline;

/** Both kinds are days off for government offices and so are not working days. */
public enum HolidayKind {
    /** Libur nasional. */
    NATIONAL_HOLIDAY,
    /** Cuti bersama. */
    JOINT_LEAVE
}
