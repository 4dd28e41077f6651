package id.aduan.category;

import id.aduan.system.FieldProblemException;
import id.aduan.system.ProblemDetails;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/** The categories of reports; every addition or change publishes {@link CategoryChanged}. */
@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository categories;
    private final ApplicationEventPublisher events;

    CategoryService(CategoryRepository categories, ApplicationEventPublisher events) {
        this.categories = categories;
        this.events = events;
    }

    @Transactional
    public Category create(String code, CategoryDetails details) {
        if (categories.existsById(code)) {
            throw new ErrorResponseException(
                    HttpStatus.CONFLICT,
                    ProblemDetails.of(
                            HttpStatus.CONFLICT,
                            "Category exists",
                            "A category with the code " + code + " exists already. Change it with PUT /api/categories/"
                                    + code + " instead."),
                    null);
        }
        checkParent(code, details);
        var category = categories.save(new Category(code, details));
        events.publishEvent(new CategoryChanged(code));
        return category;
    }

    @Transactional
    public Category update(String code, CategoryDetails details) {
        var category = categories
                .findById(code)
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.NOT_FOUND,
                        ProblemDetails.of(
                                HttpStatus.NOT_FOUND,
                                "Category not found",
                                "No category has the code " + code + ". GET /api/categories lists them."),
                        null));
        checkParent(code, details);
        category.change(details);
        events.publishEvent(new CategoryChanged(code));
        return category;
    }

    /** Categories have two levels: a parent must be a top-level category. */
    private void checkParent(String code, CategoryDetails details) {
        if (details.parentCode() == null) {
            return;
        }
        var parent = categories
                .findById(details.parentCode())
                .orElseThrow(() -> new FieldProblemException(
                        "parentCode", "is not a known category; GET /api/categories lists them"));
        if (parent.getParentCode() != null || parent.getCode().equals(code)) {
            throw new FieldProblemException("parentCode", "must be a top-level category other than this one");
        }
    }

    public List<Category> list() {
        return categories.findAllByOrderByCode();
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : categories.findById(code);
    }
}
