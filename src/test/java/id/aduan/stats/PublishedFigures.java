package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.agency.AgencyDetails;
import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.deadline.OfficeTimeZone;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published figures of a known data set, written into Aduan's tables as the application writes them: a province
 * ("Provinsi Uji", 98) with a regency whose health and civil-registration offices are its units, a city, and reports
 * filed in 2019 and 2020, years no other test files in. Among them a report filed one minute before midnight WIB on
 * New Year's Eve and one at midnight, one answered late after the deadline was missed, one re-routed from the regency's
 * health office to the city, one confidential and archived, one not yet verified. Run on H2 ({@link PublishedFiguresIT},
 * with the pages and open data) and on PostgreSQL ({@link PublishedFiguresPostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PublishedFigures {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatisticsService statistics;

    @Autowired
    Levels levels;

    @Autowired
    AgencyService agencies;

    @BeforeAll
    void fileTheKnownReports() {
        jdbc.update("insert into region (code, name, level, parent_code, time_zone) values"
                + " ('98', 'Provinsi Uji', 'PROVINCE', null, 'WIB'),"
                + " ('98.01', 'Kabupaten Uji', 'REGENCY', '98', 'WIB'),"
                + " ('98.71', 'Kota Uji', 'CITY', '98', 'WIB')");
        jdbc.update("insert into agency (code, name, level, parent_code, region_code, time_zone, officer_group_id,"
                + " supervisor_group_id, liaison_group_id) values"
                + " ('PEMPROV-UJI', 'Pemerintah Provinsi Uji', 'PROVINCE', null, '98', 'WIB', 'uji-1', 'uji-1s', 'uji-1l'),"
                + " ('PEMKAB-UJI', 'Pemerintah Kabupaten Uji', 'REGENCY_CITY', 'PEMPROV-UJI', '98.01', 'WIB', 'uji-2',"
                + " 'uji-2s', 'uji-2l'),"
                + " ('DINKES-UJI', 'Dinas Kesehatan Kabupaten Uji', 'UNIT', 'PEMKAB-UJI', '98.01', 'WIB', 'uji-3',"
                + " 'uji-3s', 'uji-3l'),"
                + " ('DISDUK-UJI', 'Disdukcapil Kabupaten Uji', 'UNIT', 'PEMKAB-UJI', '98.01', 'WIB', 'uji-4',"
                + " 'uji-4s', 'uji-4l'),"
                + " ('PEMKOT-UJI', 'Pemerintah Kota Uji', 'REGENCY_CITY', 'PEMPROV-UJI', '98.71', 'WIB', 'uji-5',"
                + " 'uji-5s', 'uji-5l')");
        // before the reports: the scheduled refresh may take some in at once, with the agencies they are routed to
        levels.forget();

        // R1: the health office answers in two working days; the reporter accepts and rates 5
        var r1 = report("UJI-0001", "2020-03-02T10:00", "COMPLETED", "HEALTH", "98.01", "WEB", false, 5);
        assign(r1, "DINKES-UJI", "FOLLOWED_UP", "2020-03-02T10:00", null);
        event(r1, "ROUTED", "DINKES-UJI", "2020-03-02T10:00");
        event(r1, "FOLLOWED_UP", "DINKES-UJI", "2020-03-04T09:00");
        event(r1, "ACCEPTED", null, "2020-03-05T09:00");
        event(r1, "COMPLETED", null, "2020-03-05T09:00");

        // R2: the health office misses its deadline and answers after seven working days; an objection, then 3
        var r2 = report("UJI-0002", "2020-03-03T08:00", "COMPLETED", "HEALTH", "98.01", "SMS", false, 3);
        assign(r2, "DINKES-UJI", "FOLLOWED_UP", "2020-03-03T08:00", null);
        event(r2, "ROUTED", "DINKES-UJI", "2020-03-03T08:00");
        event(r2, "FOLLOW_UP_OVERDUE", "DINKES-UJI", "2020-03-11T00:00");
        event(r2, "FOLLOWED_UP", "DINKES-UJI", "2020-03-12T09:00");
        event(r2, "OBJECTED", null, "2020-03-13T09:00");
        event(r2, "FOLLOWED_UP", "DINKES-UJI", "2020-03-16T09:00");
        event(r2, "ACCEPTED", null, "2020-03-17T09:00");

        // R3: routed to the civil-registration office, not answered, overdue now
        var r3 = report("UJI-0003", "2020-04-01T09:00", "FORWARDED", "CIVIL_REGISTRATION", "98.01", "WEB", false, null);
        assign(r3, "DISDUK-UJI", "AWAITING_FOLLOW_UP", "2020-04-01T09:00", "2020-04-09T00:00");
        event(r3, "ROUTED", "DISDUK-UJI", "2020-04-01T09:00");
        event(r3, "FOLLOW_UP_OVERDUE", "DISDUK-UJI", "2020-04-09T00:00");

        // R4: the regency itself started handling it
        var r4 = report(
                "UJI-0004", "2020-04-02T09:00", "IN_PROGRESS", "CIVIL_REGISTRATION", "98.01", "API", false, null);
        assign(r4, "PEMKAB-UJI", "AWAITING_FOLLOW_UP", "2020-04-02T09:00", null);
        event(r4, "ROUTED", "PEMKAB-UJI", "2020-04-02T09:00");
        event(r4, "HANDLING_STARTED", "PEMKAB-UJI", "2020-04-03T09:00");

        // R5: not the regency's health office's authority: re-routed to the city, which answers the next day
        var r5 = report("UJI-0005", "2020-05-04T09:00", "FOLLOWED_UP", "HEALTH", "98.71", "WEB", false, null);
        assign(r5, "DINKES-UJI", "RETURNED", "2020-05-04T09:00", null);
        assign(r5, "PEMKOT-UJI", "FOLLOWED_UP", "2020-05-05T10:00", null);
        event(r5, "ROUTED", "DINKES-UJI", "2020-05-04T09:00");
        event(r5, "RETURNED_FOR_REROUTING", "DINKES-UJI", "2020-05-05T09:00");
        event(r5, "REROUTED", "PEMKOT-UJI", "2020-05-05T10:00");
        event(r5, "FOLLOWED_UP", "PEMKOT-UJI", "2020-05-06T10:00");
        event(r5, "AWAITING_REPORTER", null, "2020-05-06T10:00");

        // R6 and R7: one minute before and at midnight WIB on New Year's Eve; the regency answers both
        var r6 = report("UJI-0006", "2019-12-31T23:59", "COMPLETED", "HEALTH", "98.01", "WEB", false, null);
        assign(r6, "PEMKAB-UJI", "FOLLOWED_UP", "2019-12-31T23:59", null);
        event(r6, "ROUTED", "PEMKAB-UJI", "2019-12-31T23:59");
        event(r6, "FOLLOWED_UP", "PEMKAB-UJI", "2020-01-02T09:00");
        event(r6, "CLOSED_WITHOUT_ANSWER", null, "2020-01-20T00:00");
        var r7 = report("UJI-0007", "2020-01-01T00:00", "COMPLETED", "HEALTH", "98.01", "WEB", false, 4);
        assign(r7, "PEMKAB-UJI", "FOLLOWED_UP", "2020-01-01T00:00", null);
        event(r7, "ROUTED", "PEMKAB-UJI", "2020-01-01T00:00");
        event(r7, "FOLLOWED_UP", "PEMKAB-UJI", "2020-01-06T09:00");
        event(r7, "ACCEPTED", null, "2020-01-07T09:00");

        // R8: confidential, archived at verification; R9: not yet verified, past the verification deadline
        var r8 = report("UJI-0008", "2020-06-01T09:00", "ARCHIVED", "HEALTH", "98.71", "WEB", true, null);
        event(r8, "ARCHIVED", null, "2020-06-02T09:00");
        var r9 = report("UJI-0009", "2020-06-02T09:00", "SUBMITTED", "HEALTH", "98.71", "WEB", false, null);
        jdbc.update("update complaint set verification_overdue = true where id = ?", r9);
        event(r9, "VERIFICATION_OVERDUE", null, "2020-06-06T00:00");

        levels.forget();
        statistics.refresh();
    }

    /**
     * Takes the known reports, agencies and regions out again: the full-stack tests share one database, and others
     * list every region (Open311's service definitions). Their tallies for 2019 and 2020 stay, as numbers of no one.
     */
    @AfterAll
    void removeTheKnownReports() {
        var reports = "(select id from complaint where tracking_id like 'UJI-%')";
        jdbc.update("delete from complaint_event where complaint_id in " + reports);
        jdbc.update("delete from complaint_assignment where complaint_id in " + reports);
        jdbc.update("delete from statistics_report where complaint_id in " + reports);
        jdbc.update("delete from statistics_assignment where complaint_id in " + reports);
        jdbc.update("delete from complaint where tracking_id like 'UJI-%'");
        for (var level : List.of("UNIT", "REGENCY_CITY", "PROVINCE")) {
            jdbc.update("delete from agency where code like '%-UJI' and level = ?", level);
        }
        jdbc.update("delete from region where code like '98.%'");
        jdbc.update("delete from region where code = '98'");
        levels.forget();
    }

    @Test
    void countsEveryReportFiledInAYearNationally() {
        var counts = statistics.figures(Level.NATIONAL, null, Period.year(2020)).counts();

        assertThat(counts).isEqualTo(new ComplaintCounts(8, 1, 0, 1, 1, 1, 1, 3, 38, 0, 2, 4, 75, 2.5, 4.0, 3, 1, 0));
        assertThat(counts.open()).isEqualTo(4);
    }

    @Test
    void countsAReportInTheYearOfItsFilingInWib() {
        var in2019 = statistics.figures(Level.NATIONAL, null, Period.year(2019)).counts();
        var newYearsEve = statistics
                .figures(Level.NATIONAL, null, Period.days(LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 31)))
                .counts();
        var newYearsDay = statistics
                .figures(Level.NATIONAL, null, Period.days(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)))
                .counts();

        assertThat(in2019.received()).isEqualTo(1);
        assertThat(in2019.completed()).isEqualTo(1);
        assertThat(newYearsEve.received()).isEqualTo(1);
        assertThat(newYearsDay.received()).isEqualTo(1);
        assertThat(newYearsDay.ratings()).isEqualTo(1);
    }

    @Test
    void countsAMonthAndARangeOfDaysAcrossMonths() {
        var march = statistics
                .figures(Level.NATIONAL, null, Period.month(YearMonth.of(2020, 3)))
                .counts();
        var newYearToMarchSecond = statistics
                .figures(Level.NATIONAL, null, Period.days(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 3, 2)))
                .counts();
        var months = statistics.months(Level.NATIONAL, null, 2020);

        assertThat(march.received()).isEqualTo(2);
        assertThat(march.objections()).isEqualTo(1);
        assertThat(newYearToMarchSecond.received()).isEqualTo(3);
        assertThat(months).hasSize(12);
        assertThat(months.stream().map(month -> month.counts().received()))
                .containsExactly(1L, 0L, 2L, 2L, 1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(months.get(2).counts().onTimeRate()).isEqualTo(50);
    }

    @Test
    void rollsAGovernmentsUnitsUpAndCountsEachAgencysOwnPart() {
        var regency = statistics.figures(Level.GOVERNMENT, "PEMKAB-UJI", Period.year(2020));
        var healthOffice = statistics
                .figures(Level.AGENCY, "DINKES-UJI", Period.year(2020))
                .counts();
        var city = statistics
                .figures(Level.AGENCY, "PEMKOT-UJI", Period.year(2020))
                .counts();
        var regencyAlone = statistics
                .figures(Level.AGENCY, "PEMKAB-UJI", Period.year(2020))
                .counts();

        // R1, R2 (health office), R3 (civil registration), R4, R7 (the regency itself); R5 handed back
        assertThat(regency.name()).isEqualTo("Pemerintah Kabupaten Uji");
        assertThat(regency.counts())
                .isEqualTo(new ComplaintCounts(5, 0, 0, 0, 1, 1, 0, 3, 60, 1, 1, 3, 67, 3.0, 4.0, 3, 1, 0));
        assertThat(healthOffice)
                .isEqualTo(new ComplaintCounts(2, 0, 0, 0, 0, 0, 0, 2, 100, 1, 0, 2, 50, 4.5, 4.0, 2, 1, 0));
        assertThat(city).isEqualTo(new ComplaintCounts(1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 100, 1.0, null, 0, 0, 0));
        assertThat(regencyAlone.received()).isEqualTo(2);
        assertThat(statistics.parts(Level.GOVERNMENT, "PEMKAB-UJI", Period.year(2020)))
                .extracting(Row::code)
                .containsExactlyInAnyOrder("PEMKAB-UJI", "DINKES-UJI", "DISDUK-UJI");
    }

    @Test
    void followsAUnitThatMovesToAnotherGovernment() {
        var march2ToMay6 = Period.days(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 5, 6));
        var unit = "Disdukcapil Kabupaten Uji";
        try {
            agencies.update(
                    "DISDUK-UJI", new AgencyDetails(unit, AgencyLevel.UNIT, "PEMKOT-UJI", "98.71", OfficeTimeZone.WIB));
            statistics.refresh();

            // R3 now counts for the city (its own rows, and its units' for a range with edge days), not the regency
            assertThat(statistics
                            .figures(Level.GOVERNMENT, "PEMKOT-UJI", Period.year(2020))
                            .counts())
                    .extracting(ComplaintCounts::received, ComplaintCounts::overdue)
                    .containsExactly(2L, 1L);
            assertThat(statistics
                            .figures(Level.GOVERNMENT, "PEMKOT-UJI", march2ToMay6)
                            .counts()
                            .received())
                    .isEqualTo(2);
            assertThat(statistics
                            .figures(Level.GOVERNMENT, "PEMKAB-UJI", Period.year(2020))
                            .counts()
                            .received())
                    .isEqualTo(4);
            assertThat(statistics
                            .figures(Level.PROVINCE, "98", Period.year(2020))
                            .counts()
                            .received())
                    .isEqualTo(6);
            assertThat(statistics.league(2020, 1).ranked())
                    .extracting(
                            LeagueTable.Entry::agencyCode,
                            entry -> entry.counts().received())
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("PEMKAB-UJI", 4L),
                            org.assertj.core.groups.Tuple.tuple("PEMKOT-UJI", 2L));
        } finally {
            agencies.update(
                    "DISDUK-UJI", new AgencyDetails(unit, AgencyLevel.UNIT, "PEMKAB-UJI", "98.01", OfficeTimeZone.WIB));
            statistics.refresh();
        }
        assertThat(statistics
                        .figures(Level.GOVERNMENT, "PEMKAB-UJI", Period.year(2020))
                        .counts()
                        .received())
                .isEqualTo(5);
        assertThat(statistics
                        .figures(Level.GOVERNMENT, "PEMKAB-UJI", march2ToMay6)
                        .counts()
                        .received())
                .isEqualTo(4);
    }

    @Test
    void makesTheDayGovernmentAndProvinceRowsAgainAfterAnUpgrade() {
        var newYear = Period.days(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 3, 2));
        var before = List.of(
                statistics.figures(Level.NATIONAL, null, newYear).counts(),
                statistics
                        .figures(Level.GOVERNMENT, "PEMKAB-UJI", Period.year(2020))
                        .counts(),
                statistics.figures(Level.PROVINCE, "98", Period.year(2020)).counts());

        // as an installation upgraded from before these rows were kept
        jdbc.update("delete from statistics_tally where scope in ('DAY', 'GOVERNMENT', 'PROVINCE')");
        jdbc.update("delete from statistics_answer_days where scope in ('DAY', 'GOVERNMENT', 'PROVINCE')");
        jdbc.update("update statistics_refresh set days_kept = false, rolled_up_with = null");
        statistics.refresh();

        assertThat(List.of(
                        statistics.figures(Level.NATIONAL, null, newYear).counts(),
                        statistics
                                .figures(Level.GOVERNMENT, "PEMKAB-UJI", Period.year(2020))
                                .counts(),
                        statistics
                                .figures(Level.PROVINCE, "98", Period.year(2020))
                                .counts()))
                .isEqualTo(before);
        assertThat(before.get(0).received()).isEqualTo(3);
        assertThat(before.get(0).medianWorkingDays()).isNotNull();
    }

    @Test
    void countsEveryGovernmentOfAProvinceAndTheReportsByCategoryRegionAndChannel() {
        var province =
                statistics.figures(Level.PROVINCE, "98", Period.year(2020)).counts();
        var health =
                statistics.figures(Level.CATEGORY, "HEALTH", Period.year(2020)).counts();
        var city = statistics.figures(Level.REGION, "98.71", Period.year(2020)).counts();
        var wholeProvince =
                statistics.figures(Level.REGION, "98", Period.year(2020)).counts();
        var sms = statistics.figures(Level.CHANNEL, "SMS", Period.year(2020)).counts();

        assertThat(province.received()).isEqualTo(6);
        assertThat(province.completionRate()).isEqualTo(50);
        assertThat(province.handedBack()).isEqualTo(1);
        assertThat(statistics.parts(Level.PROVINCE, "98", Period.year(2020)))
                .extracting(Row::code, row -> row.counts().received())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PEMKAB-UJI", 5L),
                        org.assertj.core.groups.Tuple.tuple("PEMKOT-UJI", 1L),
                        org.assertj.core.groups.Tuple.tuple("PEMPROV-UJI", 0L));
        assertThat(health.received()).isEqualTo(6);
        assertThat(city.received()).isEqualTo(3);
        assertThat(wholeProvince.received()).isEqualTo(8);
        assertThat(sms.received()).isEqualTo(1);
    }

    @Test
    void ranksGovernmentsByCompletionThenOnTimeRateWithAMinimumVolume() {
        var everyone = statistics.league(2020, 1);
        var busy = statistics.league(2020, 2);

        assertThat(everyone.ranked())
                .extracting(LeagueTable.Entry::rank, LeagueTable.Entry::agencyCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "PEMKAB-UJI"),
                        org.assertj.core.groups.Tuple.tuple(2, "PEMKOT-UJI"));
        assertThat(everyone.unranked())
                .extracting(LeagueTable.Entry::agencyCode)
                .contains("PEMPROV-UJI");
        assertThat(busy.ranked()).extracting(LeagueTable.Entry::agencyCode).containsExactly("PEMKAB-UJI");
        assertThat(busy.unranked()).extracting(LeagueTable.Entry::agencyCode).contains("PEMKOT-UJI");
    }

    @Test
    void showsTheBacklogByYearWithTheOldestPublicOpenReports() {
        var backlog = statistics.backlog();

        assertThat(backlog.years())
                .filteredOn(year -> year.year() == 2020)
                .containsExactly(new Backlog.Year(2020, 8, 4, 2));
        assertThat(backlog.oldest())
                .first()
                .extracting(Backlog.OpenReport::trackingId)
                .isEqualTo("UJI-0003");
        assertThat(backlog.oldest()).extracting(Backlog.OpenReport::trackingId).doesNotContain("UJI-0008");
    }

    @Test
    void saysNoToAnUnknownCodeAndReadsPeriodsAsWritten() {
        assertThatThrownBy(() -> statistics.figures(Level.GOVERNMENT, "PEMKAB-ATLANTIS", Period.year(2020)))
                .isInstanceOf(UnknownCodeException.class);
        assertThat(Period.parse("2020")).isEqualTo(Period.year(2020));
        assertThat(Period.parse("2020-03")).isEqualTo(Period.month(YearMonth.of(2020, 3)));
        assertThat(Period.parse("2019-12-31..2020-01-01").toString()).isEqualTo("2019-12-31..2020-01-01");
        assertThat(Period.parse("all").isAllTime()).isTrue();
        assertThatThrownBy(() -> Period.parse("2020-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2020-03-05..2020-03-01")).isInstanceOf(IllegalArgumentException.class);
    }

    private long report(
            String trackingId,
            String filedWib,
            String status,
            String category,
            String region,
            String channel,
            boolean confidential,
            Integer rating) {
        jdbc.update(
                "insert into complaint (tracking_id, type, title, description, category_code, region_code, anonymous,"
                        + " confidential, status, submitted_at, verification_overdue, rating, version, channel)"
                        + " values (?, 'COMPLAINT', ?, 'Laporan uji statistik', ?, ?, false, ?, ?, ?, false, ?, 0, ?)",
                trackingId,
                "Laporan " + trackingId,
                category,
                region,
                confidential,
                status,
                wib(filedWib),
                rating,
                channel);
        var id = jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
        event(id, "SUBMITTED", null, filedWib);
        return id;
    }

    private void assign(long complaintId, String agency, String status, String assignedWib, String overdueWib) {
        jdbc.update(
                "insert into complaint_assignment (complaint_id, agency_code, status, assigned_at, clock_started_at,"
                        + " clock_working_days, clock_paused_working_days, total_paused_working_days, reopened,"
                        + " overdue_since, version) values (?, ?, ?, ?, ?, 5, 0, 0, false, ?, 0)",
                complaintId,
                agency,
                status,
                wib(assignedWib),
                wib(assignedWib),
                overdueWib == null ? null : wib(overdueWib));
    }

    private void event(long complaintId, String type, String agency, String atWib) {
        jdbc.update(
                "insert into complaint_event (complaint_id, occurred_at, type, actor_type, agency_code)"
                        + " values (?, ?, ?, 'SYSTEM', ?)",
                complaintId,
                wib(atWib),
                type,
                agency);
    }

    private static Timestamp wib(String localWib) {
        return Timestamp.from(LocalDateTime.parse(localWib).atZone(WIB).toInstant());
    }
}
