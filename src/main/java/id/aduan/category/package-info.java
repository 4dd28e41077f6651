/** The topics of reports, in two levels (for example Health › Health centres and hospitals). */
package id.aduan.category;
