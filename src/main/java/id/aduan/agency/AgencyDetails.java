package id.aduan.agency;

import id.aduan.deadline.OfficeTimeZone;

/** What an administrator sets for an agency; its code and staff groups are fixed when it is created. */
public record AgencyDetails(
        String name, AgencyLevel level, String parentCode, String regionCode, OfficeTimeZone timeZone) {}
