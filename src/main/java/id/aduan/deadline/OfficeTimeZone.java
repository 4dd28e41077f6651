package id.aduan.deadline;

import java.time.ZoneId;

/** Indonesia's three time zones; a body's deadlines end at midnight of its own zone. */
public enum OfficeTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    OfficeTimeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }
}
