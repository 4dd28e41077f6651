/** Provinces, regencies and cities with their Kemendagri codes and time zones. */
package id.aduan.region;
