package id.aduan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.benchmark.ReportGenerator.Agency;
import id.aduan.benchmark.ReportGenerator.Category;
import id.aduan.benchmark.ReportGenerator.Event;
import id.aduan.benchmark.ReportGenerator.Integration;
import id.aduan.benchmark.ReportGenerator.National;
import id.aduan.benchmark.ReportGenerator.Report;
import id.aduan.complaint.AssignmentStatus;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.complaint.TrackingIds;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final int REPORTS = 20_000;

    private static National national;
    private static List<Report> reports;

    @BeforeAll
    static void generate() {
        // given the national regions and agencies beside one seeded government, and a partner system
        var seeded = List.of(
                new Agency("PEMPROV-SUMSEL", "Pemerintah Provinsi Sumatera Selatan", "PROVINCE", null, "16", "WIB"),
                new Agency("KEMENKES", "Kementerian Kesehatan", "MINISTRY", null, null, "WIB"),
                new Agency("PLN", "PT PLN (Persero)", "NATIONAL", null, null, "WIB"),
                new Agency("BPJS-KESEHATAN", "BPJS Kesehatan", "NATIONAL", null, null, "WIB"));
        national = National.generate(Set.of("16"), seeded);
        var regions = new java.util.ArrayList<>(national.regions());
        regions.add(new ReportGenerator.Region("16", "Sumatera Selatan", "PROVINCE", null, "WIB"));
        var agencies = new java.util.ArrayList<>(national.agencies());
        agencies.addAll(seeded);
        var catalogue = new ReportGenerator.Catalogue(
                regions,
                agencies,
                List.of(
                        new Category("HEALTH", "STANDARD"),
                        new Category("ROADS", "FIELD_INSPECTION"),
                        new Category("ID_CARD", "SIMPLE"),
                        new Category("ELECTRICITY", "STANDARD")),
                List.of(new Integration(1, "Senjang Muba", "16.06", null)));
        // when
        var generator = new ReportGenerator(catalogue, NOW, 13);
        reports = LongStream.rangeClosed(1, REPORTS).mapToObj(generator::report).toList();
    }

    @Nested
    class NationalReference {

        @Test
        void hasTheProvincesGovernmentsUnitsAndMinistriesOfIndonesia() {
            assertThat(national.regions().stream()
                            .filter(region -> region.level().equals("PROVINCE")))
                    .hasSize(37);
            assertThat(national.regions().stream().filter(region -> region.parentCode() != null))
                    .hasSizeBetween(480, 500);
            assertThat(agencies("REGENCY_CITY")).hasSize(494);
            assertThat(agencies("UNIT")).hasSizeBetween(2_000, 2_400);
            assertThat(agencies("MINISTRY")).hasSize(28);
        }

        @Test
        void keepsASeededProvinceGovernmentAsTheParentOfItsRegencies() {
            assertThat(national.agencies())
                    .filteredOn(agency -> "16.02".equals(agency.regionCode())
                            && agency.level().equals("REGENCY_CITY"))
                    .singleElement()
                    .extracting(Agency::parentCode)
                    .isEqualTo("PEMPROV-SUMSEL");
            assertThat(national.agencies()).noneMatch(agency -> agency.code().equals("PEMPROV-16"));
        }

        @Test
        void putsEveryUnitUnderAGovernmentOfItsRegion() {
            var governments = new java.util.HashMap<String, Agency>();
            national.agencies().stream()
                    .filter(agency -> !agency.level().equals("UNIT"))
                    .forEach(agency -> governments.put(agency.code(), agency));
            assertThat(agencies("UNIT"))
                    .allSatisfy(unit -> assertThat(governments.get(unit.parentCode()))
                            .extracting(Agency::regionCode)
                            .isEqualTo(unit.regionCode()));
        }

        private List<Agency> agencies(String level) {
            return national.agencies().stream()
                    .filter(agency -> agency.level().equals(level))
                    .toList();
        }
    }

    @Nested
    class Mix {

        @Test
        void mostReportsAreCompletedAndSomeOfEveryOtherStatus() {
            assertThat(share(report -> report.status == ComplaintStatus.COMPLETED))
                    .isBetween(0.76, 0.82);
            assertThat(share(report -> report.status == ComplaintStatus.ARCHIVED))
                    .isBetween(0.08, 0.11);
            assertThat(share(report -> report.status == ComplaintStatus.SUBMITTED))
                    .isBetween(0.01, 0.02);
            assertThat(share(report -> report.status == ComplaintStatus.DEFERRED))
                    .isBetween(0.005, 0.015);
            assertThat(share(report -> report.status == ComplaintStatus.FOLLOWED_UP))
                    .isBetween(0.01, 0.02);
            assertThat(share(report -> report.status == ComplaintStatus.FORWARDED))
                    .isBetween(0.02, 0.05);
            assertThat(share(report -> report.status == ComplaintStatus.IN_PROGRESS))
                    .isBetween(0.03, 0.06);
        }

        @Test
        void aboutFourPercentAreOverdueNow() {
            assertThat(share(report ->
                            report.assignments.stream().anyMatch(assignment -> assignment.overdueSince != null)))
                    .isBetween(0.035, 0.045);
        }

        @Test
        void aTenthIsConfidentialAndAFifthAnonymous() {
            assertThat(share(report -> report.confidential)).isBetween(0.08, 0.12);
            assertThat(share(report -> report.anonymous)).isBetween(0.17, 0.21);
        }

        @Test
        void comesThroughEveryDoor() {
            assertThat(share(report -> report.channel == Channel.WEB)).isBetween(0.57, 0.63);
            assertThat(share(report -> report.channel == Channel.SMS)).isBetween(0.04, 0.06);
            assertThat(share(report -> report.channel == Channel.INTEGRATION)).isBetween(0.18, 0.22);
            assertThat(reports)
                    .filteredOn(report -> report.channel == Channel.INTEGRATION)
                    .allMatch(report -> report.integration.id() == 1 && "16.06".equals(report.regionCode));
        }

        @Test
        void spreadsTheFilingsOverThreeYearsWithMoreRecently() {
            var oldest = NOW.minus(ReportGenerator.HISTORY);
            assertThat(reports).allMatch(report -> !report.submittedAt.isBefore(oldest));
            var lastYear = share(report -> report.submittedAt.isAfter(NOW.minusSeconds(365 * 86_400L)));
            var firstYear = share(report -> report.submittedAt.isBefore(oldest.plusSeconds(365 * 86_400L)));
            assertThat(lastYear).isBetween(0.38, 0.48);
            assertThat(firstYear).isBetween(0.2, 0.28);
        }

        @Test
        void ratesAboutHalfOfTheCompletedOnes() {
            var completed = reports.stream()
                    .filter(report -> report.status == ComplaintStatus.COMPLETED)
                    .toList();
            var rated =
                    completed.stream().filter(report -> report.rating != null).count();
            assertThat((double) rated / completed.size()).isBetween(0.4, 0.5);
        }

        @Test
        void answersSomeLateSomeObjectedToAndReroutesSome() {
            assertThat(share(report ->
                            before(report, TimelineEntryType.FOLLOW_UP_OVERDUE, TimelineEntryType.FOLLOWED_UP)))
                    .isBetween(0.10, 0.15);
            assertThat(share(report -> has(report, TimelineEntryType.OBJECTED))).isBetween(0.025, 0.045);
            assertThat(share(report -> has(report, TimelineEntryType.REROUTED))).isBetween(0.025, 0.045);
        }

        private double share(Predicate<Report> which) {
            return (double) reports.stream().filter(which).count() / reports.size();
        }
    }

    @Nested
    class AsTheApplicationWritesThem {

        @Test
        void givesEveryReportAUniqueTrackingIdAsAduanWritesThem() {
            var ids = new HashSet<String>();
            assertThat(reports).allSatisfy(report -> {
                assertThat(TrackingIds.parse(report.trackingId)).contains(report.trackingId);
                assertThat(ids.add(report.trackingId)).isTrue();
            });
        }

        @Test
        void startsEveryTimelineWithTheFilingAndNeverReachesTheFuture() {
            assertThat(reports).allSatisfy(report -> {
                assertThat(report.events.get(0).type()).isEqualTo(TimelineEntryType.SUBMITTED);
                assertThat(report.events)
                        .allMatch(event -> !event.occurredAt().isBefore(report.submittedAt)
                                && !event.occurredAt().isAfter(NOW));
            });
        }

        @Test
        void closesCompletedAndArchivedReportsWithTheirLastEntry() {
            assertThat(reports).filteredOn(report -> report.status.isClosed()).allSatisfy(report -> {
                var last = latest(report);
                assertThat(report.closedAt).isEqualTo(last.occurredAt());
                assertThat(last.type())
                        .isIn(
                                TimelineEntryType.COMPLETED,
                                TimelineEntryType.CLOSED_WITHOUT_ANSWER,
                                TimelineEntryType.ARCHIVED);
                assertThat(report.rating != null).isEqualTo(has(report, TimelineEntryType.ACCEPTED));
            });
        }

        @Test
        void routesEveryForwardedReportWithACategoryRegionAndAssignment() {
            assertThat(reports).filteredOn(report -> report.complexity != null).allSatisfy(report -> {
                assertThat(report.categoryCode).isNotNull();
                assertThat(report.regionCode).isNotNull();
                assertThat(report.activeAgencies()).isNotEmpty();
                assertThat(report.events)
                        .filteredOn(event -> event.type() == TimelineEntryType.ROUTED)
                        .extracting(Event::agencyCode)
                        .allMatch(agency -> agency != null);
            });
            assertThat(reports)
                    .filteredOn(report -> report.complexity == null)
                    .allMatch(report -> report.assignments.isEmpty());
        }

        @Test
        void keepsTheReroutedAgencysAssignmentReturnedBesideTheNewOne() {
            assertThat(reports)
                    .filteredOn(report -> has(report, TimelineEntryType.REROUTED))
                    .isNotEmpty()
                    .allSatisfy(report -> {
                        assertThat(before(report, TimelineEntryType.RETURNED_FOR_REROUTING, TimelineEntryType.REROUTED))
                                .isTrue();
                        var returned = report.assignments.get(0);
                        assertThat(returned.status).isEqualTo(AssignmentStatus.RETURNED);
                        assertThat(returned.endedAt).isNotNull();
                        assertThat(report.activeAgencies()).doesNotContain(returned.agencyCode);
                    });
        }

        @Test
        void clearsTheOverdueMarkWhenTheAgencyAnswers() {
            assertThat(reports)
                    .flatMap(report -> report.assignments)
                    .filteredOn(assignment -> assignment.status == AssignmentStatus.FOLLOWED_UP)
                    .allMatch(assignment -> assignment.overdueSince == null && assignment.respondedAt != null);
            assertThat(reports)
                    .filteredOn(report ->
                            report.assignments.stream().anyMatch(assignment -> assignment.overdueSince != null))
                    .allMatch(report ->
                            report.status == ComplaintStatus.FORWARDED || report.status == ComplaintStatus.IN_PROGRESS);
        }

        @Test
        void leavesCategoryAndRegionOfAnSmsReportToTheVerifier() {
            assertThat(reports)
                    .filteredOn(report -> report.channel == Channel.SMS)
                    .allSatisfy(report -> {
                        assertThat(report.confidential).isTrue();
                        assertThat(report.reporterEmail).isNull();
                        assertThat(report.categoryCode == null).isEqualTo(report.complexity == null);
                    });
        }

        private Event latest(Report report) {
            return report.events.stream()
                    .max(java.util.Comparator.comparing(Event::occurredAt))
                    .orElseThrow();
        }
    }

    private static boolean has(Report report, TimelineEntryType type) {
        return report.events.stream().anyMatch(event -> event.type() == type);
    }

    /** Whether an entry of the first type comes before one of the second on the report's timeline. */
    private static boolean before(Report report, TimelineEntryType first, TimelineEntryType second) {
        var firstAt = report.events.stream()
                .filter(event -> event.type() == first)
                .map(Event::occurredAt)
                .min(Instant::compareTo);
        var secondAt = report.events.stream()
                .filter(event -> event.type() == second)
                .map(Event::occurredAt)
                .max(Instant::compareTo);
        return firstAt.isPresent() && secondAt.isPresent() && firstAt.get().isBefore(secondAt.get());
    }
}
