package id.aduan.agency;

import id.aduan.deadline.OfficeTimeZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private AgencyLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "region_code")
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private OfficeTimeZone timeZone;

    /** The Camunda group whose members work on the agency's tasks. */
    private String officerGroupId;

    /** The Camunda group whose members are asked to act when the agency misses a deadline. */
    private String supervisorGroupId;

    /** The Camunda group of the liaison officers (pejabat penghubung) who sign the agency's answers off. */
    private String liaisonGroupId;

    /** Whether the liaison officer of this agency, or of the government it belongs to, approves each answer. */
    private boolean requiresLiaisonApproval;

    protected Agency() {}

    Agency(String code, AgencyDetails details) {
        this.code = code;
        var slug = code.toLowerCase(Locale.ROOT);
        this.officerGroupId = slug + "-officers";
        this.supervisorGroupId = slug + "-supervisors";
        this.liaisonGroupId = slug + "-liaison";
        change(details);
    }

    void change(AgencyDetails details) {
        this.name = details.name();
        this.level = details.level();
        this.parentCode = details.parentCode();
        this.regionCode = details.regionCode();
        this.timeZone = details.timeZone();
        this.requiresLiaisonApproval = details.requiresLiaisonApproval();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public OfficeTimeZone getTimeZone() {
        return timeZone;
    }

    public String getOfficerGroupId() {
        return officerGroupId;
    }

    public String getSupervisorGroupId() {
        return supervisorGroupId;
    }

    public String getLiaisonGroupId() {
        return liaisonGroupId;
    }

    public boolean requiresLiaisonApproval() {
        return requiresLiaisonApproval;
    }
}
