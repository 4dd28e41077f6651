/**
 * Published statistics: how many reports each agency and the whole country received, by status, with the
 * completion rate and the overdue reports, as SP4N-LAPOR! publishes each body's performance, and how many came in
 * through each door (the pages, the API, each partner system). Read with SQL from Aduan's own tables; only counts
 * leave this feature, never a report.
 */
package id.aduan.stats;
