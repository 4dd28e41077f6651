package id.aduan.stats;

import java.time.LocalDate;

/** One row of {@code statistics_tally}: a scope's code on one day (grain D) or in one month (grain M). */
record TallyKey(Scope scope, String code, char grain, LocalDate period) {

    static final char DAY = 'D';
    static final char MONTH = 'M';

    static TallyKey day(Scope scope, String code, LocalDate day) {
        return new TallyKey(scope, code, DAY, day);
    }

    static TallyKey month(Scope scope, String code, LocalDate day) {
        return new TallyKey(scope, code, MONTH, day.withDayOfMonth(1));
    }
}
