package id.aduan.category.web;

import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.deadline.Complexity;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping("/api/categories")
    List<CategoryResponse> list() {
        return categories.list().stream().map(CategoryResponse::of).toList();
    }

    record CategoryResponse(
            String code, String nameId, String nameEn, String parentCode, Complexity defaultComplexity) {

        static CategoryResponse of(Category category) {
            return new CategoryResponse(
                    category.getCode(),
                    category.getNameId(),
                    category.getNameEn(),
                    category.getParentCode(),
                    category.getDefaultComplexity());
        }
    }
}
