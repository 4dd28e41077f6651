package id.aduan.agency;

/** Published, in the changing transaction, when an administrator changes an agency (its parent, region, level …). */
public record AgencyChanged(String code) {}
