package id.aduan.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, String> {

    /** JPQL: Hibernate keeps its translation, where it translates a derived query again on every call. */
    @Query("select x from Category x order by x.code")
    List<Category> findAllByOrderByCode();
}
