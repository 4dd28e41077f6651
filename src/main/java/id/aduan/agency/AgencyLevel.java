package id.aduan.agency;

public enum AgencyLevel {
    /** National bodies outside the ministries: agencies, state companies, the national administrator. */
    NATIONAL,
    MINISTRY,
    /** A provincial government. */
    PROVINCE,
    /** A regency (kabupaten) or city (kota) government. */
    REGENCY_CITY,
    /** A unit of a government, such as a regional office (OPD, dinas). */
    UNIT;

    public boolean isRegionalGovernment() {
        return this == PROVINCE || this == REGENCY_CITY;
    }
}
