package id.aduan.stats;

/**
 * A label under a chart's bar or point: the month's short name, and the year under the first month of each year
 * when a chart spans more than one.
 *
 * @param x the label's centre in the chart's coordinates
 * @param y the baseline of its first line
 * @param text what it says: "Mar"
 * @param year a second line, or null
 * @param yearY the baseline of the second line
 */
public record ChartLabel(double x, double y, String text, String year, double yearY) {}
