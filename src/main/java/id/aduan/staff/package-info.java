/**
 * Delegated administration: a government's coordinator (the members of the government agency's officer group) manages
 * the government's own staff, the officers and supervisors of its units and its liaison officers, and hands the
 * coordinator role over to another of its offices, through Aduan's staff page and API rather than Camunda Admin.
 * National and system administrators do the same for any government. Every change is written to Aduan's own
 * {@code staff_change} table ({@link id.aduan.staff.StaffService}).
 */
package id.aduan.staff;
