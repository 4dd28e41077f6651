package id.aduan.portal.web;

import id.aduan.stats.BarChart;
import id.aduan.stats.BreakdownChart;
import id.aduan.stats.ComplaintCounts;
import id.aduan.stats.Level;
import id.aduan.stats.LineChart;
import id.aduan.stats.MonthFigures;
import id.aduan.stats.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The charts of a statistics page, titled in the reader's language: reports per month, status, on time per month. */
@Component
class StatisticsCharts {

    private final MessageSource messages;

    StatisticsCharts(MessageSource messages) {
        this.messages = messages;
    }

    BarChart reportsPerMonth(int year, List<MonthFigures> months) {
        return BarChart.perMonth(
                message("statistics.chart.months", year),
                months.stream().map(MonthFigures::month).toList(),
                months.stream().map(month -> month.counts().received()).toList(),
                LocaleContextHolder.getLocale());
    }

    LineChart onTimePerMonth(int year, List<MonthFigures> months) {
        return LineChart.perMonth(
                message("statistics.chart.on-time", year),
                months.stream().map(MonthFigures::month).toList(),
                months.stream().map(month -> month.counts().onTimeRate()).toList(),
                LocaleContextHolder.getLocale());
    }

    /** The reports by status: every status nationally, an agency's own part for agencies and governments. */
    BreakdownChart status(Level level, Period period, ComplaintCounts counts) {
        var labels = new ArrayList<String>();
        var values = new ArrayList<Long>();
        var national =
                level == Level.NATIONAL || level == Level.CATEGORY || level == Level.REGION || level == Level.CHANNEL;
        if (national) {
            add(labels, values, "counts.not-yet-verified", counts.notYetVerified());
            add(labels, values, "counts.deferred", counts.deferred());
        }
        add(labels, values, "counts.not-yet-followed-up", counts.notYetFollowedUp());
        add(labels, values, "counts.in-progress", counts.inProgress());
        add(labels, values, "counts.followed-up", counts.followedUp());
        add(labels, values, "counts.completed", counts.completed());
        add(labels, values, "counts.archived", counts.archived());
        return BreakdownChart.of(
                message("statistics.chart.status", period), labels, values, LocaleContextHolder.getLocale());
    }

    private void add(List<String> labels, List<Long> values, String key, long value) {
        labels.add(message(key));
        values.add(value);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
