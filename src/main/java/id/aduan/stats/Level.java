package id.aduan.stats;

/** What a figure is about. */
public enum Level {
    /** Every report. */
    NATIONAL,
    /** A province by its Kemendagri code: every government in it (the province's and its regencies' and cities'). */
    PROVINCE,
    /** A government (or any agency) by its agency code, with its units rolled up, other governments not included. */
    GOVERNMENT,
    /** One agency by its code, its units not included. */
    AGENCY,
    /** A category by its code, with its subcategories. */
    CATEGORY,
    /** A region by its Kemendagri code, with the regions inside it. */
    REGION,
    /** A door: WEB, API, SMS, or {@code INTEGRATION:<id>} for one partner system. */
    CHANNEL
}
