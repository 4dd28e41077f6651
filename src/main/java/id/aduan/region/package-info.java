/**
 * Provinces, regencies, cities and their districts (kecamatan) with their Kemendagri codes and time zones; national
 * administrators add new ones through {@code POST /api/regions}.
 */
package id.aduan.region;
