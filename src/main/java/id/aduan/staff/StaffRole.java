package id.aduan.staff;

/** The part a group of a government plays. */
public enum StaffRole {
    /** The government's coordinators (admin instansi): its own officer group. */
    COORDINATOR,
    /** The government's liaison officers (pejabat penghubung), who sign its units' answers off. */
    LIAISON,
    /** A unit's officers, who answer the unit's reports. */
    UNIT_OFFICERS,
    /** A unit's supervisors (atasan), asked to act when the unit misses a deadline. */
    UNIT_SUPERVISORS
}
