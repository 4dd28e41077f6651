package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which governments are connected, and "8 of 10 regencies and cities connected": staff or a partner system with
 * reports this year, or served by a connected Aduan installation; the country counts regencies and cities only.
 */
class ConnectivityTest {

    private static final Instant NOW = Instant.parse("2026-12-01T05:10:00Z");

    @Test
    void aGovernmentWithStaffOrAPartnerIsConnectedOnceItReceivedReportsThisYear() {
        assertThat(Connectivity.Government.of("PEMKAB-A", "A", true, true, false, false, 3)
                        .connected())
                .isTrue();
        assertThat(Connectivity.Government.of("PEMKAB-B", "B", true, false, true, false, 1)
                        .connected())
                .isTrue();
        assertThat(Connectivity.Government.of("PEMKAB-C", "C", true, true, true, false, 0)
                        .connected())
                .as("staff and a partner system, but no report this year")
                .isFalse();
        assertThat(Connectivity.Government.of("PEMKAB-D", "D", true, false, false, false, 12)
                        .connected())
                .as("reports, but neither staff nor a partner system")
                .isFalse();
    }

    @Test
    void aGovernmentServedByAConnectedInstallationIsConnectedWithoutReportsHere() {
        var served = Connectivity.Government.of("PEMKAB-E", "E", true, false, false, true, 0);

        assertThat(served.connected()).isTrue();
        assertThat(served.installation()).isTrue();
    }

    @Test
    void countsTheRegenciesAndCitiesOfTheCountryAndEveryRegionalGovernmentOfAProvince() {
        // given two provinces: in the first its own government (connected) and three regencies or cities, two of
        // them connected (one through an installation); in the second one city, not connected
        var byProvince = new LinkedHashMap<String, List<Connectivity.Government>>();
        byProvince.put(
                "16",
                List.of(
                        Connectivity.Government.of("PEMPROV-SUMSEL", "Pemprov Sumsel", false, true, false, false, 40),
                        Connectivity.Government.of("PEMKAB-MUBA", "Pemkab Muba", true, true, false, false, 8),
                        Connectivity.Government.of("PEMKOT-PALEMBANG", "Pemkot Palembang", true, false, false, true, 0),
                        Connectivity.Government.of("PEMKAB-OKI", "Pemkab OKI", true, false, false, false, 2)));
        byProvince.put(
                "64",
                List.of(Connectivity.Government.of(
                        "PEMKOT-SAMARINDA", "Pemkot Samarinda", true, false, true, false, 0)));

        // when they are counted
        var connectivity =
                Connectivity.of(2026, byProvince, Map.of("16", "Sumatera Selatan", "64", "Kalimantan Timur"), NOW);

        // then the country has 2 of 4 regencies and cities connected (the province's own government left out)
        assertThat(connectivity.connectedRegenciesAndCities()).isEqualTo(2);
        assertThat(connectivity.regenciesAndCities()).isEqualTo(4);
        // and each province all its regional governments, its own included
        assertThat(connectivity.provinces())
                .extracting(
                        Connectivity.Province::name,
                        Connectivity.Province::connected,
                        Connectivity.Province::governments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sumatera Selatan", 3L, 4L),
                        org.assertj.core.groups.Tuple.tuple("Kalimantan Timur", 0L, 1L));
        assertThat(connectivity.year()).isEqualTo(2026);
        assertThat(connectivity.asOf()).isEqualTo(NOW);
    }
}
