package id.aduan.agency;

import id.aduan.deadline.OfficeTimeZone;

/** What an administrator sets for an agency; its code and staff groups are fixed when it is created. */
public record AgencyDetails(
        String name,
        AgencyLevel level,
        String parentCode,
        String regionCode,
        OfficeTimeZone timeZone,
        boolean requiresLiaisonApproval) {

    /** An agency whose answers reach the reporter without a liaison officer's approval. */
    public AgencyDetails(
            String name, AgencyLevel level, String parentCode, String regionCode, OfficeTimeZone timeZone) {
        this(name, level, parentCode, regionCode, timeZone, false);
    }
}
