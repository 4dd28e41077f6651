package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The known data set of {@link PublishedFigures} on H2, also as open data and as pages. */
@AduanIntegrationTest
class PublishedFiguresIT extends PublishedFigures {

    @LocalServerPort
    int port;

    @Nested
    class AsOpenData {

        private ApiClient api() {
            return ApiClient.on(port);
        }

        @Test
        void servesAGovernmentsFiguresAsJsonWithItsMonths() {
            var response = api().get("/api/statistics/governments/PEMKAB-UJI?period=2020");

            assertThat(response.status()).isEqualTo(200);
            var json = response.json();
            assertThat(json.get("figures").get("counts").get("received").asLong())
                    .isEqualTo(5);
            assertThat(json.get("figures").get("period").asText()).isEqualTo("2020");
            assertThat(json.get("months")).hasSize(12);
        }

        @Test
        void servesEveryGovernmentAsCsv() {
            var response = api().get("/api/statistics/governments.csv?period=2020");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/csv");
            var lines = response.text().lines().toList();
            assertThat(lines.get(0))
                    .isEqualTo("period,code,name,received,notYetVerified,deferred,archived,notYetFollowedUp,"
                            + "inProgress,followedUp,completed,completionRate,handedBack,overdue,firstAnswers,"
                            + "onTimeRate,medianWorkingDays,averageRating,ratings,objections,duplicates");
            assertThat(lines)
                    .contains("2020,PEMKAB-UJI,Pemerintah Kabupaten Uji,5,0,0,0,1,1,0,3,60,1,1,3,67,,4.0,3,1,0");
        }

        @Test
        void servesTheLeagueTableAndTheBacklogAsCsv() {
            var league = api().get("/api/statistics/league.csv?year=2020&minimumReports=1")
                    .text();
            var backlog = api().get("/api/statistics/backlog.csv").text();

            assertThat(league).contains("2020,1,PEMKAB-UJI,Pemerintah Kabupaten Uji,98.01,5,");
            assertThat(backlog).contains("2020,8,4,2");
        }

        @Test
        void answersABadPeriodWithAProblemNamingIt() {
            var response = api().get("/api/statistics?period=2020-02-30..2020-03-01");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("period");
        }

        @Test
        void answersAnUnknownLevelOrCodeWith404() {
            assertThat(api().get("/api/statistics/planets").status()).isEqualTo(404);
            assertThat(api().get("/api/statistics/governments/PEMKAB-ATLANTIS").status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class AsPages {

        private ApiClient api() {
            return ApiClient.on(port);
        }

        @Test
        void showsAGovernmentWithItsUnitsChartsAndOpenDataLinks() {
            var page = api().get("/statistik/pemerintah/PEMKAB-UJI?period=2020");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text())
                    .contains("Pemerintah Kabupaten Uji", "Dinas Kesehatan Kabupaten Uji", "Disdukcapil Kabupaten Uji")
                    .contains("/api/statistics/governments/PEMKAB-UJI.csv?period=2020")
                    .contains("Laporan per bulan 2020", "Tanggapan pertama tepat waktu per bulan 2020")
                    .contains("Laporan menurut status, 2020")
                    .containsPattern("<svg[^>]*role=\"img\"")
                    .contains("total 5.")
                    .doesNotContain("<script", "style=");
        }

        @Test
        void answersABadPeriodWithThisYearsFiguresAndSaysWhyUnderTheField() {
            var page = api().get("/statistik/provinsi/98?period=tahun+lalu");

            assertThat(page.status()).isEqualTo(400);
            assertThat(page.text())
                    .contains("Provinsi Uji")
                    .contains("id=\"period-problem\"", "“tahun lalu” bukan periode. Yang ditampilkan: ")
                    .contains("aria-invalid=\"true\"");
        }

        @Test
        void showsTheLeagueTableTheBacklogAndTheConnectedGovernments() {
            assertThat(api().get("/statistik/peringkat?year=2020").text()).contains("Pemerintah Kabupaten Uji");
            assertThat(api().get("/statistik/tunggakan").text())
                    .contains("UJI-0003")
                    .doesNotContain("UJI-0008");
            assertThat(api().get("/statistik/terhubung?year=2020").text())
                    .contains("Provinsi Uji", "0 dari 3 pemerintah daerah terhubung");
        }
    }
}
