package id.aduan.stats;

/**
 * A gridline of a chart's value axis, with its label.
 *
 * @param y the line's height in the chart's coordinates
 * @param labelY the baseline of its label, which stands centred on the line
 * @param label the value it stands for, formatted for the reader: "1.500" or "50%"
 */
public record ChartTick(double y, double labelY, String label) {}
