/** The staff module's table: the record of changes to a government's staff. Only the module itself uses it. */
package id.aduan.staff.internal;
