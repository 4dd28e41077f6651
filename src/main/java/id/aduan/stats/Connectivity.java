package id.aduan.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which regional governments are connected (docs/statistics.md, Connected governments): they have staff in Aduan or a
 * partner system of theirs, and they received reports this year; or they, or one of their units, are served by an
 * active connected Aduan installation. Per province, "8 of 10 regional governments connected", and for the country
 * "8 of 10 regencies and cities connected".
 *
 * @param connectedRegenciesAndCities the regency and city governments (not the provinces) that are connected
 * @param regenciesAndCities every regency and city government in the agency hierarchy
 */
public record Connectivity(
        int year, long connectedRegenciesAndCities, long regenciesAndCities, List<Province> provinces, Instant asOf) {

    /**
     * The governments of each province (by its region code, in the order given) counted: in each province all its
     * regional governments, for the country its regencies and cities.
     */
    static Connectivity of(
            int year, Map<String, List<Government>> byProvince, Map<String, String> provinceNames, Instant asOf) {
        var provinces = byProvince.entrySet().stream()
                .map(province -> new Province(
                        province.getKey(),
                        provinceNames.get(province.getKey()),
                        province.getValue().stream()
                                .filter(Government::connected)
                                .count(),
                        province.getValue().size(),
                        province.getValue()))
                .toList();
        var regencies = provinces.stream()
                .flatMap(province -> province.list().stream())
                .filter(Government::regencyOrCity)
                .toList();
        return new Connectivity(
                year, regencies.stream().filter(Government::connected).count(), regencies.size(), provinces, asOf);
    }

    public record Province(String regionCode, String name, long connected, long governments, List<Government> list) {}

    /**
     * @param regencyOrCity whether it is a regency's or a city's government (otherwise a province's)
     * @param installation whether it or one of its units is served by an active connected Aduan installation
     */
    public record Government(
            String agencyCode,
            String name,
            boolean regencyOrCity,
            boolean staff,
            boolean partner,
            boolean installation,
            long reportsThisYear,
            boolean connected) {

        /**
         * A government with whether it is connected: staff or a partner system and reports this year, or served by a
         * connected installation (whose reports are handled there, so that it need not receive any here).
         */
        static Government of(
                String agencyCode,
                String name,
                boolean regencyOrCity,
                boolean staff,
                boolean partner,
                boolean installation,
                long reportsThisYear) {
            return new Government(
                    agencyCode,
                    name,
                    regencyOrCity,
                    staff,
                    partner,
                    installation,
                    reportsThisYear,
                    ((staff || partner) && reportsThisYear > 0) || installation);
        }
    }
}
