package id.aduan.complaint;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.aduan.agency.Agency;
import id.aduan.agency.AgencyChanged;
import id.aduan.agency.AgencyCreated;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryChanged;
import id.aduan.category.CategoryService;
import id.aduan.complaint.ComplaintTaskContext.Choice;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The categories, regions and agencies the task forms offer, the same for every report (hundreds of regions): built
 * at most every {@link #MAX_AGE} and kept as the same unmodifiable lists in between, so that what is derived from
 * them (their JSON) can be kept too. A category added or changed on this node is offered from the next verification
 * task on; one changed on another node, or a region changed in the database, within {@link #MAX_AGE}.
 */
@Component
class VerificationChoices {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final CategoryService categories;
    private final RegionService regions;
    private final AgencyService agencies;
    private final Cache<Boolean, Lists> lists =
            Caffeine.newBuilder().expireAfterWrite(MAX_AGE).build();

    VerificationChoices(CategoryService categories, RegionService regions, AgencyService agencies) {
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
    }

    /** Sub-categories after their group, regencies after their province. */
    List<Choice> categories() {
        return lists().categories();
    }

    List<Choice> regions() {
        return lists().regions();
    }

    /** Agencies after the agency they belong to: "Pemerintah Kabupaten Musi Banyuasin › Dinas … (DPUPR-MUBA)". */
    List<Choice> agencies() {
        return lists().agencies();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(CategoryChanged changed) {
        lists.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(AgencyCreated created) {
        lists.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(AgencyChanged changed) {
        lists.invalidateAll();
    }

    private Lists lists() {
        return lists.get(
                true,
                key -> new Lists(
                        choices(categories.list(), Category::getCode, Category::getParentCode, Category::getNameId),
                        choices(regions.list(), Region::getCode, Region::getParentCode, Region::getName),
                        choices(agencies.list(), Agency::getCode, Agency::getParentCode, Agency::getName)));
    }

    private record Lists(List<Choice> categories, List<Choice> regions, List<Choice> agencies) {}

    /**
     * Each top-level item followed by its descendants, as the choices of a form's select, labelled for searching by
     * name or code: "Infrastruktur › Jalan dan jembatan (ROADS)".
     */
    private static <T> List<Choice> choices(
            List<T> items, Function<T, String> code, Function<T, String> parentCode, Function<T, String> name) {
        var children = new LinkedHashMap<String, List<T>>();
        for (var item : items) {
            children.computeIfAbsent(Objects.toString(parentCode.apply(item), ""), parent -> new ArrayList<>())
                    .add(item);
        }
        var choices = new ArrayList<Choice>();
        addChoices(children, "", "", code, name, choices);
        return List.copyOf(choices);
    }

    private static <T> void addChoices(
            Map<String, List<T>> children,
            String parentCode,
            String path,
            Function<T, String> code,
            Function<T, String> name,
            List<Choice> choices) {
        for (var item : children.getOrDefault(parentCode, List.of())) {
            var label = path + name.apply(item);
            choices.add(new Choice(label + " (" + code.apply(item) + ")", code.apply(item)));
            addChoices(children, code.apply(item), label + " › ", code, name, choices);
        }
    }
}
