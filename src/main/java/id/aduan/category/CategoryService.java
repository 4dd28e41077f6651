package id.aduan.category;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    public List<Category> list() {
        return categories.findAllByOrderByCode();
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : categories.findById(code);
    }
}
