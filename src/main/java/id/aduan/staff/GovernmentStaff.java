package id.aduan.staff;

import java.util.List;

/** A government's staff: its coordinators, its liaison officers, and each unit's officers and supervisors. */
public record GovernmentStaff(String code, String name, List<StaffGroup> groups) {}
