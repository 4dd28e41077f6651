package id.aduan.region;

public enum RegionLevel {
    PROVINCE,
    /** Kabupaten. */
    REGENCY,
    /** Kota. */
    CITY,
    /** Kecamatan, within a regency or city. */
    DISTRICT;

    /** The levels a region of this level lies in: none for a province. */
    RegionLevel[] parentLevels() {
        return switch (this) {
            case PROVINCE -> new RegionLevel[0];
            case REGENCY, CITY -> new RegionLevel[] {PROVINCE};
            case DISTRICT -> new RegionLevel[] {REGENCY, CITY};
        };
    }
}
