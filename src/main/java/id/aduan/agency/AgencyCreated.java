package id.aduan.agency;

/** Published, in the creating transaction, when an administrator adds an agency: its staff groups are due. */
public record AgencyCreated(String code) {}
