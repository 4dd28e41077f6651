package id.aduan.staff;

import java.util.List;

/**
 * One of a government's groups with its members; {@code manageable} says whether the one who asked may change its
 * members directly (coordinators are changed by a handover only, unless an administrator asks).
 */
public record StaffGroup(
        String groupId,
        StaffRole role,
        String agencyCode,
        String agencyName,
        boolean manageable,
        List<StaffMember> members) {}
