package id.aduan.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.aduan.agency.Agency;
import id.aduan.agency.AgencyChanged;
import id.aduan.agency.AgencyCreated;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.complaint.Channel;
import id.aduan.integration.IntegrationService;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which tally codes a level's code stands for, through the agency, category and region hierarchies. The lists of
 * agencies, categories, regions and partners (the channels' names) are read at most every {@value #REFERENCE_SECONDS}
 * seconds: a national installation has thousands of agencies, and a page must not read them all each time.
 */
@Component
class Levels {

    static final int REFERENCE_SECONDS = 30;

    private final AgencyService agencyService;
    private final CategoryService categoryService;
    private final RegionService regionService;
    private final IntegrationService integrations;
    private final Cache<Boolean, Reference> reference = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REFERENCE_SECONDS))
            .build();

    Levels(
            AgencyService agencyService,
            CategoryService categoryService,
            RegionService regionService,
            IntegrationService integrations) {
        this.agencyService = agencyService;
        this.categoryService = categoryService;
        this.regionService = regionService;
        this.integrations = integrations;
    }

    /**
     * A new agency counts at once, and a changed one's figures show under its new government, on this node (other
     * nodes within {@value #REFERENCE_SECONDS} seconds).
     */
    @TransactionalEventListener
    void forget(AgencyCreated created) {
        forget();
    }

    @TransactionalEventListener
    void forget(AgencyChanged changed) {
        forget();
    }

    /** Reads the agencies, categories, regions and partners again when next asked. */
    void forget() {
        reference.invalidateAll();
    }

    /** The agencies, categories and regions as read together, with what is derived from them. */
    private Reference reference() {
        return reference.get(true, key -> Reference.read(agencyService, categoryService, regionService, integrations));
    }

    /**
     * Where each agency's figures roll up to, from the agencies as they are now: the refresher must not roll up with a
     * snapshot older than another node's. Only the agencies are read.
     */
    Hierarchy currentHierarchy() {
        var agencies = agencyService.list();
        return hierarchy(agencies, governments(agencies));
    }

    /** Each regional government (province, regency, city) with the codes of its units. */
    private static Map<Agency, List<String>> governments(List<Agency> all) {
        var children = children(all);
        var governments = new LinkedHashMap<Agency, List<String>>();
        all.stream()
                .filter(agency -> agency.getLevel().isRegionalGovernment())
                .forEach(government -> governments.put(government, withUnits(government, children)));
        return governments;
    }

    private static Hierarchy hierarchy(List<Agency> all, Map<Agency, List<String>> governments) {
        var governmentOf = new HashMap<String, String>();
        governments.forEach((government, units) -> units.forEach(unit -> governmentOf.put(unit, government.getCode())));
        var provinceOf = new HashMap<String, String>();
        all.stream()
                .filter(agency -> agency.getRegionCode() != null)
                .forEach(agency ->
                        provinceOf.put(agency.getCode(), agency.getRegionCode().split("\\.")[0]));
        return new Hierarchy(governmentOf, provinceOf);
    }

    private List<Agency> agencies() {
        return reference().agencies();
    }

    private List<Category> categories() {
        return reference().categories();
    }

    private List<Region> regions() {
        return reference().regions();
    }

    private Optional<Agency> agency(String code) {
        return Optional.ofNullable(reference().byCode().get(code));
    }

    /** The tally codes and the name of a level's code; throws {@link UnknownCodeException} for a code that is not. */
    Target target(Level level, String code) {
        return switch (level) {
            case NATIONAL -> new Target(Scope.NATIONAL, List.of(Scope.NONE), null, null);
            case AGENCY -> {
                var agency = agency(code).orElseThrow(() -> new UnknownCodeException(level, code));
                yield new Target(Scope.AGENCY, List.of(agency.getCode()), agency.getName(), null);
            }
            case GOVERNMENT -> {
                var known = reference();
                var government = Optional.ofNullable(known.byCode().get(code))
                        .orElseThrow(() -> new UnknownCodeException(level, code));
                var units = known.governments().get(government);
                if (units == null) {
                    yield new Target(
                            Scope.AGENCY,
                            withUnits(government, children(known.agencies())),
                            government.getName(),
                            null);
                }
                yield new Target(
                        Scope.AGENCY,
                        units,
                        government.getName(),
                        new Target(Scope.GOVERNMENT, List.of(code), government.getName(), null));
            }
            case PROVINCE -> {
                var province = regions().stream()
                        .filter(r -> r.getCode().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new UnknownCodeException(level, code));
                var codes = agencies().stream()
                        .filter(agency -> within(agency.getRegionCode(), province.getCode()))
                        .map(Agency::getCode)
                        .toList();
                yield new Target(
                        Scope.AGENCY,
                        codes,
                        province.getName(),
                        province.getCode().contains(".")
                                ? null
                                : new Target(Scope.PROVINCE, List.of(code), province.getName(), null));
            }
            case CATEGORY -> {
                var category = categories().stream()
                        .filter(c -> c.getCode().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new UnknownCodeException(level, code));
                var codes = new ArrayList<String>();
                codes.add(category.getCode());
                categories().stream()
                        .filter(sub -> category.getCode().equals(sub.getParentCode()))
                        .map(Category::getCode)
                        .forEach(codes::add);
                yield new Target(Scope.CATEGORY, codes, category.getNameId(), null);
            }
            case REGION -> {
                var region = regions().stream()
                        .filter(r -> r.getCode().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new UnknownCodeException(level, code));
                var codes = regions().stream()
                        .map(Region::getCode)
                        .filter(inner -> within(inner, region.getCode()))
                        .toList();
                yield new Target(Scope.REGION, codes, region.getName(), null);
            }
            case CHANNEL -> new Target(Scope.CHANNEL, List.of(code), channelName(code, level), null);
        };
    }

    /** Each regional government (province, regency, city) with the codes of its units, in the order of their codes. */
    Map<Agency, List<String>> governments() {
        return reference().governments();
    }

    /** The name of every agency, category, region and channel code of a scope. */
    Map<String, String> names(Scope scope) {
        var names = new LinkedHashMap<String, String>();
        switch (scope) {
            case NATIONAL -> names.put(Scope.NONE, null);
            case AGENCY -> agencies().forEach(agency -> names.put(agency.getCode(), agency.getName()));
            case CATEGORY -> categories().forEach(category -> names.put(category.getCode(), category.getNameId()));
            case REGION -> regions().forEach(region -> names.put(region.getCode(), region.getName()));
            case CHANNEL -> {
                for (var channel : Channel.values()) {
                    if (channel != Channel.INTEGRATION) {
                        names.put(channel.name(), channel.name());
                    }
                }
                reference().partners().forEach((id, name) -> names.put(Scope.partnerChannel(id), name));
            }
        }
        return names;
    }

    /** An agency's region code, if it has one. */
    String regionOf(String agencyCode) {
        return agency(agencyCode).map(Agency::getRegionCode).orElse(null);
    }

    /** The group of an agency's officers, if the agency exists. */
    Optional<String> officerGroup(String agencyCode) {
        return agency(agencyCode).map(Agency::getOfficerGroupId);
    }

    List<Region> provinces() {
        return regions().stream()
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

    /**
     * The agencies, categories and regions read at one moment, with the agencies by code and each regional
     * government's units derived from that same list.
     */
    private record Reference(
            List<Agency> agencies,
            Map<String, Agency> byCode,
            List<Category> categories,
            List<Region> regions,
            Map<Agency, List<String>> governments,
            Map<Long, String> partners) {

        static Reference read(
                AgencyService agencies,
                CategoryService categories,
                RegionService regions,
                IntegrationService integrations) {
            var all = agencies.list();
            var byCode = new HashMap<String, Agency>();
            all.forEach(agency -> byCode.put(agency.getCode(), agency));
            var governments = Levels.governments(all);
            return new Reference(all, byCode, categories.list(), regions.list(), governments, integrations.names());
        }
    }

    /**
     * A level's code as tally rows: a scope and its codes, and the name to show; for a regional government or a
     * province, also its own rolled-up rows, which hold its whole months.
     */
    record Target(Scope scope, List<String> codes, String name, Target rolledUp) {

        /** The rows to read for a period: the rolled-up ones where they hold it, the agencies' where it has edge days. */
        Target in(Period period) {
            return rolledUp != null && period.wholeMonths() ? rolledUp : this;
        }
    }
}
