package id.aduan.stats;

import java.time.Instant;

/**
 * The numbers of one level and code in one period.
 *
 * @param name what the code stands for (the agency's, category's or region's name), or null nationally
 * @param asOf the time the figures were last brought up to date (they lag the reports by up to the refresh interval)
 */
public record Figures(Level level, String code, String name, Period period, ComplaintCounts counts, Instant asOf) {}
