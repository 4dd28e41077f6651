package id.aduan.stats;

import java.time.YearMonth;

/** The numbers of the reports filed in one month. */
public record MonthFigures(YearMonth month, ComplaintCounts counts) {}
