package id.aduan.category;

import id.aduan.deadline.Complexity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "category")
public class Category {

    @Id
    private String code;

    @Column(name = "name_id")
    private String nameId;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    private Complexity defaultComplexity;

    protected Category() {}

    Category(String code, CategoryDetails details) {
        this.code = code;
        change(details);
    }

    void change(CategoryDetails details) {
        this.nameId = details.nameId();
        this.nameEn = details.nameEn();
        this.parentCode = details.parentCode();
        this.defaultComplexity = details.defaultComplexity();
    }

    public String getCode() {
        return code;
    }

    public String getNameId() {
        return nameId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Complexity getDefaultComplexity() {
        return defaultComplexity;
    }

    /** The code of the top-level category: its own code for a top-level one. */
    public String getGroupCode() {
        return parentCode == null ? code : parentCode;
    }
}
