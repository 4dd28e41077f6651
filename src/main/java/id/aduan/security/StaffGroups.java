package id.aduan.security;

/** The Camunda groups Aduan's roles rest on, besides each agency's officer and supervisor groups. */
public final class StaffGroups {

    /** System administrators: Camunda's own administrator group. */
    public static final String SYSTEM_ADMINISTRATORS = "camunda-admin";

    /** National administrators (admin nasional): verify, route, re-route and intervene. */
    public static final String NATIONAL_ADMINISTRATORS = "national-admins";

    /** Oversight, such as the Ombudsman RI: read everything in Cockpit and the staff API, change nothing. */
    public static final String OVERSIGHT = "oversight";

    /** The operators' monitoring, such as their Prometheus: read {@code /actuator/prometheus}, nothing else. */
    public static final String MONITORING = "monitoring";

    private StaffGroups() {}

    /** The Spring Security authority of a group's members. */
    public static String authority(String groupId) {
        return "GROUP_" + groupId;
    }
}
