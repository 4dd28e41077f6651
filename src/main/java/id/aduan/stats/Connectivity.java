package id.aduan.stats;

import java.time.Instant;
import java.util.List;

/**
 * Which regional governments are connected: they have staff in Aduan or a partner system of theirs files reports, and
 * they received reports this year. Per province, "8 of 10 regencies and cities connected".
 */
public record Connectivity(int year, List<Province> provinces, Instant asOf) {

    public record Province(String regionCode, String name, long connected, long governments, List<Government> list) {}

    public record Government(
            String agencyCode, String name, boolean staff, boolean partner, long reportsThisYear, boolean connected) {}
}
