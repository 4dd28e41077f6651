package id.aduan.region;

import id.aduan.deadline.OfficeTimeZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
public class Region {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    private OfficeTimeZone timeZone;

    protected Region() {}

    Region(String code, String name, RegionLevel level, String parentCode, OfficeTimeZone timeZone) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
        this.timeZone = timeZone;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public OfficeTimeZone getTimeZone() {
        return timeZone;
    }

    /**
     * The code of the province the region lies in: its own code for a province, else the first part of its Kemendagri
     * code ({@code 16} for the district {@code 16.06.01}), as {@link RegionService#create} requires of every code.
     */
    public String getProvinceCode() {
        return parentCode == null ? code : code.substring(0, code.indexOf('.'));
    }
}
