/**
 * Cross-cutting configuration shared by every feature: the application clock, error responses as
 * RFC 9457 problem details, the order in which the database and the process engine start, and the
 * health that load balancers read.
 */
package id.aduan.system;
