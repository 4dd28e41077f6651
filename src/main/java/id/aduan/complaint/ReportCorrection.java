package id.aduan.complaint;

/**
 * What the verifier sets of a report before it is routed: its title, category and region, the ones a report by SMS
 * comes without. Null keeps the report's value; a report without category or region needs both set.
 */
public record ReportCorrection(String title, String categoryCode, String regionCode) {}
