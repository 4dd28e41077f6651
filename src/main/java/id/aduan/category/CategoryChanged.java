package id.aduan.category;

/** Published, in the changing transaction, when an administrator adds or changes a category. */
public record CategoryChanged(String code) {}
