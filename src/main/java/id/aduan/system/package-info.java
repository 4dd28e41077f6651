/**
 * Cross-cutting configuration shared by every feature: the application clock, error responses as
 * RFC 9457 problem details, and the order in which the database and the process engine start.
 */
package id.aduan.system;
