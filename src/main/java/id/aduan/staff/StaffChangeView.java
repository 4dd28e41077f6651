package id.aduan.staff;

import java.time.Instant;

/** One recorded change to a government's staff. */
public record StaffChangeView(
        long id, Instant occurredAt, String actor, StaffAction action, String userId, String groupId, String detail) {}
