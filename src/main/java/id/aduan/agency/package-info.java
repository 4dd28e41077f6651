/**
 * The public bodies that answer reports, in their hierarchy (national, ministry, province,
 * regency/city, unit), each with its time zone and the staff groups that work on its tasks.
 */
package id.aduan.agency;
