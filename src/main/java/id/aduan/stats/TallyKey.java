package id.aduan.stats;

import java.time.LocalDate;

/** One row of {@code statistics_tally}: a scope's code in one filing month (period: its first day), or one day ({@link Scope#DAY}). */
record TallyKey(Scope scope, String code, LocalDate period) {

    static TallyKey month(Scope scope, String code, LocalDate day) {
        return new TallyKey(scope, code, day.withDayOfMonth(1));
    }
}
