package id.aduan.staff.internal;

import id.aduan.staff.StaffAction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a government's staff: who made it, when, to which user and group. Never a password. */
@Entity
@Table(name = "staff_change")
public class StaffChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String governmentCode;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private StaffAction action;

    private String userId;

    private String groupId;

    private String detail;

    protected StaffChange() {}

    public StaffChange(
            String governmentCode,
            Instant occurredAt,
            String actor,
            StaffAction action,
            String userId,
            String groupId,
            String detail) {
        this.governmentCode = governmentCode;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.userId = userId;
        this.groupId = groupId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public String getGovernmentCode() {
        return governmentCode;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public StaffAction getAction() {
        return action;
    }

    public String getUserId() {
        return userId;
    }

    public String getGroupId() {
        return groupId;
    }

    public String getDetail() {
        return detail;
    }
}
