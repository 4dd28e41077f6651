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

    /** The code of the province the region lies in: its own code for a province. */
    public String getProvinceCode() {
        return parentCode == null ? code : parentCode;
    }
}
