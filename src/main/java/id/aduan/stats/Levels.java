package id.aduan.stats;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.complaint.Channel;
import id.aduan.integration.IntegrationService;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Which tally codes a level's code stands for, through the agency, category and region hierarchies. */
@Component
class Levels {

    private final AgencyService agencies;
    private final CategoryService categories;
    private final RegionService regions;
    private final IntegrationService integrations;

    Levels(AgencyService agencies, CategoryService categories, RegionService regions, IntegrationService integrations) {
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
        this.integrations = integrations;
    }

    /** The tally codes and the name of a level's code; throws {@link UnknownCodeException} for a code that is not. */
    Target target(Level level, String code) {
        return switch (level) {
            case NATIONAL -> new Target(Scope.NATIONAL, List.of(Scope.NONE), null);
            case AGENCY -> {
                var agency = agencies.find(code).orElseThrow(() -> new UnknownCodeException(level, code));
                yield new Target(Scope.AGENCY, List.of(agency.getCode()), agency.getName());
            }
            case GOVERNMENT -> {
                var all = agencies.list();
                var government = all.stream()
                        .filter(agency -> agency.getCode().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new UnknownCodeException(level, code));
                yield new Target(Scope.AGENCY, withUnits(government, children(all)), government.getName());
            }
            case PROVINCE -> {
                var province = regions.find(code).orElseThrow(() -> new UnknownCodeException(level, code));
                var codes = agencies.list().stream()
                        .filter(agency -> within(agency.getRegionCode(), province.getCode()))
                        .map(Agency::getCode)
                        .toList();
                yield new Target(Scope.AGENCY, codes, province.getName());
            }
            case CATEGORY -> {
                var category = categories.find(code).orElseThrow(() -> new UnknownCodeException(level, code));
                var codes = new ArrayList<String>();
                codes.add(category.getCode());
                categories.list().stream()
                        .filter(sub -> category.getCode().equals(sub.getParentCode()))
                        .map(Category::getCode)
                        .forEach(codes::add);
                yield new Target(Scope.CATEGORY, codes, category.getNameId());
            }
            case REGION -> {
                var region = regions.find(code).orElseThrow(() -> new UnknownCodeException(level, code));
                var codes = regions.list().stream()
                        .map(Region::getCode)
                        .filter(inner -> within(inner, region.getCode()))
                        .toList();
                yield new Target(Scope.REGION, codes, region.getName());
            }
            case CHANNEL -> new Target(Scope.CHANNEL, List.of(code), channelName(code, level));
        };
    }

    /** Each regional government (province, regency, city) with the codes of its units, in the order of their codes. */
    Map<Agency, List<String>> governments() {
        var all = agencies.list();
        var children = children(all);
        var governments = new LinkedHashMap<Agency, List<String>>();
        all.stream()
                .filter(agency -> agency.getLevel().isRegionalGovernment())
                .forEach(government -> governments.put(government, withUnits(government, children)));
        return governments;
    }

    /** The name of every agency, category, region and channel code of a scope. */
    Map<String, String> names(Scope scope) {
        var names = new LinkedHashMap<String, String>();
        switch (scope) {
            case NATIONAL -> names.put(Scope.NONE, null);
            case AGENCY -> agencies.list().forEach(agency -> names.put(agency.getCode(), agency.getName()));
            case CATEGORY -> categories.list().forEach(category -> names.put(category.getCode(), category.getNameId()));
            case REGION -> regions.list().forEach(region -> names.put(region.getCode(), region.getName()));
            case CHANNEL -> {
                for (var channel : Channel.values()) {
                    if (channel != Channel.INTEGRATION) {
                        names.put(channel.name(), channel.name());
                    }
                }
                integrations.names().forEach((id, name) -> names.put(Scope.partnerChannel(id), name));
            }
        }
        return names;
    }

    /** An agency's region code, if it has one. */
    String regionOf(String agencyCode) {
        return agencies.find(agencyCode).map(Agency::getRegionCode).orElse(null);
    }

    /** The group of an agency's officers, if the agency exists. */
    java.util.Optional<String> officerGroup(String agencyCode) {
        return agencies.find(agencyCode).map(Agency::getOfficerGroupId);
    }

    List<Region> provinces() {
        return regions.list().stream()
                .filter(region -> !region.getCode().contains("."))
                .toList();
    }

    private String channelName(String code, Level level) {
        var name = names(Scope.CHANNEL).get(code);
        if (name == null) {
            throw new UnknownCodeException(level, code);
        }
        return name;
    }

    static boolean within(String code, String outer) {
        return code != null && (code.equals(outer) || code.startsWith(outer + "."));
    }

    private static Map<String, List<Agency>> children(List<Agency> all) {
        var children = new HashMap<String, List<Agency>>();
        for (var agency : all) {
            if (agency.getParentCode() != null) {
                children.computeIfAbsent(agency.getParentCode(), parent -> new ArrayList<>())
                        .add(agency);
            }
        }
        return children;
    }

    /** The agency and every unit below it, down to (not into) other regional governments. */
    private static List<String> withUnits(Agency root, Map<String, List<Agency>> children) {
        var codes = new ArrayList<String>();
        var open = new ArrayList<Agency>(List.of(root));
        while (!open.isEmpty()) {
            var agency = open.remove(open.size() - 1);
            codes.add(agency.getCode());
            for (var child : children.getOrDefault(agency.getCode(), List.of())) {
                if (!child.getLevel().isRegionalGovernment()) {
                    open.add(child);
                }
            }
        }
        return codes;
    }

    /** A level's code as tally rows: a scope and its codes, and the name to show. */
    record Target(Scope scope, List<String> codes, String name) {}
}
