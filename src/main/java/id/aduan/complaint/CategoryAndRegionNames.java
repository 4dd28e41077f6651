package id.aduan.complaint;

import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * The Indonesian names of a report's category and region as staff read them in task forms, e-mails and on the
 * timeline: the code itself when it names nothing, {@link #NOT_YET_SET} when a report by SMS has none yet.
 */
@Component
class CategoryAndRegionNames {

    static final String NOT_YET_SET = "belum ditentukan";

    private final CategoryService categories;
    private final RegionService regions;

    CategoryAndRegionNames(CategoryService categories, RegionService regions) {
        this.categories = categories;
        this.regions = regions;
    }

    String category(String code) {
        return code == null
                ? NOT_YET_SET
                : categories.find(code).map(Category::getNameId).orElse(code);
    }

    String region(String code) {
        return code == null
                ? NOT_YET_SET
                : regions.find(code).map(Region::getName).orElse(code);
    }
}
