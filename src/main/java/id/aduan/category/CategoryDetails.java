package id.aduan.category;

import id.aduan.deadline.Complexity;

/** What an administrator sets for a category. */
public record CategoryDetails(String nameId, String nameEn, String parentCode, Complexity defaultComplexity) {}
