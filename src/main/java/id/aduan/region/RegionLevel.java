package id.aduan.region;

public enum RegionLevel {
    PROVINCE,
    /** Kabupaten. */
    REGENCY,
    /** Kota. */
    CITY
}
