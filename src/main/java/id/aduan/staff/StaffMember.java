package id.aduan.staff;

/** A staff account as a government's staff list shows it. */
public record StaffMember(String userId, String firstName, String lastName, String email) {}
