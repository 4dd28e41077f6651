package id.aduan.portal.web;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Categories, regions and agencies as the pickers and filters of the pages list them, in the reader's language. */
@Component
class ReferenceData {

    private final CategoryService categories;
    private final RegionService regions;
    private final AgencyService agencies;

    ReferenceData(CategoryService categories, RegionService regions, AgencyService agencies) {
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
    }

    /** Each top-level category with its sub-categories; the top-level one first, for reports about it in general. */
    List<OptionGroup> categories() {
        var all = categories.list();
        return all.stream()
                .filter(category -> category.getParentCode() == null)
                .map(group -> new OptionGroup(
                        name(group),
                        all.stream()
                                .filter(category -> group.getCode().equals(category.getCode())
                                        || group.getCode().equals(category.getParentCode()))
                                .map(category -> new Option(category.getCode(), name(category)))
                                .toList()))
                .toList();
    }

    /**
     * Each province with its regencies and cities, each followed by its districts (kecamatan), which are named after
     * their regency: "Musi Banyuasin › Sekayu".
     */
    List<OptionGroup> regions() {
        var all = regions.list();
        var children = new LinkedHashMap<String, List<Region>>();
        for (var region : all) {
            if (region.getParentCode() != null) {
                children.computeIfAbsent(region.getParentCode(), parent -> new ArrayList<>())
                        .add(region);
            }
        }
        return all.stream()
                .filter(region -> region.getParentCode() == null)
                .map(province -> {
                    var options = new ArrayList<Option>();
                    options.add(new Option(province.getCode(), province.getName()));
                    for (var regency : children.getOrDefault(province.getCode(), List.of())) {
                        options.add(new Option(regency.getCode(), regency.getName()));
                        for (var district : children.getOrDefault(regency.getCode(), List.of())) {
                            options.add(new Option(district.getCode(), regency.getName() + " › " + district.getName()));
                        }
                    }
                    return new OptionGroup(province.getName(), List.copyOf(options));
                })
                .toList();
    }

    List<Option> agencies() {
        return agencies.list().stream()
                .sorted(Comparator.comparing(Agency::getName))
                .map(agency -> new Option(agency.getCode(), agency.getName()))
                .toList();
    }

    String categoryName(String code) {
        return categories.find(code).map(ReferenceData::name).orElse(code);
    }

    /** The time zone of a region, for the times shown on its reports. */
    OfficeTimeZone timeZone(String regionCode) {
        return regions.find(regionCode).map(Region::getTimeZone).orElse(OfficeTimeZone.WIB);
    }

    private static String name(Category category) {
        return Locale.ENGLISH
                        .getLanguage()
                        .equals(LocaleContextHolder.getLocale().getLanguage())
                ? category.getNameEn()
                : category.getNameId();
    }

    record Option(String code, String name) {}

    record OptionGroup(String name, List<Option> options) {}
}
