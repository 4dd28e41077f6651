package id.aduan.category.web;

import id.aduan.category.Category;
import id.aduan.category.CategoryDetails;
import id.aduan.category.CategoryService;
import id.aduan.deadline.Complexity;
import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Categories: anyone may list them; national and system administrators add and change them. */
@RestController
@Validated
@RequestMapping("/api/categories")
class CategoryController {

    static final String CODE = "[A-Z][A-Z0-9_]{1,39}";
    static final String CODE_MESSAGE =
            "must be 2 to 40 capital letters, digits or underscores, such as HEALTH_FACILITY";

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    List<CategoryResponse> list() {
        return categories.list().stream().map(CategoryResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<CategoryResponse> create(@Valid @RequestBody NewCategoryRequest request) {
        var category = categories.create(
                request.code(),
                new CategoryDetails(
                        request.nameId().strip(),
                        request.nameEn().strip(),
                        request.parentCode(),
                        request.defaultComplexity()));
        return ResponseEntity.created(URI.create("/api/categories/" + category.getCode()))
                .body(CategoryResponse.of(category));
    }

    @PutMapping("/{code}")
    CategoryResponse update(
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Valid @RequestBody CategoryRequest request) {
        return CategoryResponse.of(categories.update(
                code,
                new CategoryDetails(
                        request.nameId().strip(),
                        request.nameEn().strip(),
                        request.parentCode(),
                        request.defaultComplexity())));
    }

    record CategoryRequest(
            @NotBlank @PlainText @Size(max = 120) String nameId,
            @NotBlank @PlainText @Size(max = 120) String nameEn,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @NotNull Complexity defaultComplexity) {}

    record NewCategoryRequest(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @PlainText @Size(max = 120) String nameId,
            @NotBlank @PlainText @Size(max = 120) String nameEn,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @NotNull Complexity defaultComplexity) {}

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
