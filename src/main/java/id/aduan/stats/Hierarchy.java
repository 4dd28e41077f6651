package id.aduan.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Where each agency's figures roll up to: the regional government it is (or is a unit of), and the province it is in.
 * The refresher adds each agency's tallies to theirs as well ({@link Scope#GOVERNMENT}, {@link Scope#PROVINCE}), so a
 * province's or a government's page reads its own rows instead of summing a hundred agencies'. When an agency moves
 * (another parent, region or level), the {@link #fingerprint()} changes and the refresher moves that agency's rows from
 * its old government and province to the new ones ({@link #movedSince}).
 *
 * @param governments the regional government of each agency that has one
 * @param provinces the province of each agency that is in one
 */
record Hierarchy(Map<String, String> governments, Map<String, String> provinces) {

    Hierarchy {
        governments = Map.copyOf(governments);
        provinces = Map.copyOf(provinces);
    }

    /** The rolled-up codes an agency's tally also counts for: its government's and its province's. */
    void rollUp(String agencyCode, BiConsumer<Scope, String> into) {
        var government = governments.get(agencyCode);
        if (government != null) {
            into.accept(Scope.GOVERNMENT, government);
        }
        var province = provinces.get(agencyCode);
        if (province != null) {
            into.accept(Scope.PROVINCE, province);
        }
    }

    /** The agencies of {@code before} whose government or province is another now (or that are gone). */
    Set<String> movedSince(Hierarchy before) {
        var moved = new TreeSet<String>();
        for (var map : List.of(before.governments, before.provinces)) {
            map.keySet().forEach(moved::add);
        }
        moved.removeIf(agency -> Objects.equals(before.governments.get(agency), governments.get(agency))
                && Objects.equals(before.provinces.get(agency), provinces.get(agency)));
        return moved;
    }

    /** A digest of the whole mapping, equal for equal hierarchies whatever the order they were read in. */
    String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var mapping : Map.of("G", governments, "P", provinces).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                new TreeMap<>(mapping.getValue())
                        .forEach((agency, code) -> digest.update((mapping.getKey() + ':' + agency + '>' + code + '\n')
                                .getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
