package id.aduan.stats;

/** One line of a breakdown: an agency, government, category, region or channel, by its code and name. */
public record Row(String code, String name, ComplaintCounts counts) {}
