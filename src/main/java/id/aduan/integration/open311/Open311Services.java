package id.aduan.integration.open311;

import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ReportType;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Aduan's categories as Open311 services: every category is a service whose {@code group} is its top-level category,
 * and every service has the same definition: the attributes a report needs beyond the specification's fields.
 */
@Component
class Open311Services {

    static final String REPORT_TYPE = "report_type";
    static final String REGION = "region";
    static final String ANONYMOUS = "anonymous";
    static final String CONFIDENTIAL = "confidential";
    static final String TITLE = "title";

    private static final List<Open311Documents.Value> YES_NO =
            List.of(new Open311Documents.Value("false", "Tidak (no)"), new Open311Documents.Value("true", "Ya (yes)"));

    private final CategoryService categories;
    private final RegionService regions;

    Open311Services(CategoryService categories, RegionService regions) {
        this.categories = categories;
        this.regions = regions;
    }

    List<Open311Documents.Service> list() {
        var all = categories.list();
        var names = all.stream().collect(Collectors.toMap(Category::getCode, Function.identity()));
        return all.stream().map(category -> service(category, names)).toList();
    }

    Open311Documents.ServiceDefinition definition(String serviceCode) {
        var category = categories
                .find(serviceCode)
                .orElseThrow(() -> Open311Exception.notFound(
                        "No service has the code " + serviceCode + "; GET services.xml lists them"));
        return new Open311Documents.ServiceDefinition(category.getCode(), attributes());
    }

    private static Open311Documents.Service service(Category category, Map<String, Category> byCode) {
        var group =
                category.getParentCode() == null ? category : byCode.getOrDefault(category.getParentCode(), category);
        return new Open311Documents.Service(
                category.getCode(),
                category.getNameId(),
                category.getNameEn(),
                true,
                "realtime",
                null,
                group.getNameId());
    }

    private List<Open311Documents.Attribute> attributes() {
        var types = Arrays.stream(ReportType.values())
                .map(type -> new Open311Documents.Value(type.name(), type.labelId() + " (" + type.labelEn() + ")"))
                .toList();
        var regionValues = regions.list().stream()
                .map(region -> new Open311Documents.Value(region.getCode(), regionName(region)))
                .toList();
        return List.of(
                new Open311Documents.Attribute(
                        true,
                        REPORT_TYPE,
                        "singlevaluelist",
                        false,
                        "The kind of report; COMPLAINT when left out",
                        1,
                        "Jenis laporan (kind of report)",
                        types),
                new Open311Documents.Attribute(
                        true,
                        REGION,
                        "singlevaluelist",
                        true,
                        "A Kemendagri region code such as 16.06",
                        2,
                        "Wilayah (region) where the problem is",
                        regionValues),
                new Open311Documents.Attribute(
                        true,
                        ANONYMOUS,
                        "singlevaluelist",
                        false,
                        "true hides the reporter's identity from the public and from the agency",
                        3,
                        "Anonim (anonymous)",
                        YES_NO),
                new Open311Documents.Attribute(
                        true,
                        CONFIDENTIAL,
                        "singlevaluelist",
                        false,
                        "true keeps the whole report out of public view, Open311 included",
                        4,
                        "Rahasia (confidential)",
                        YES_NO),
                new Open311Documents.Attribute(
                        true,
                        TITLE,
                        "string",
                        false,
                        ComplaintLimits.TITLE_MIN + " to " + ComplaintLimits.TITLE_MAX
                                + " characters; taken from the description when left out",
                        5,
                        "Judul laporan (title)",
                        null));
    }

    private static String regionName(Region region) {
        return region.getName() + " (" + region.getCode() + ")";
    }
}
