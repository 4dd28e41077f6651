package id.aduan.complaint;

/** A reference to a category, region or agency: its code and its name. */
public record NamedCode(String code, String name) {}
