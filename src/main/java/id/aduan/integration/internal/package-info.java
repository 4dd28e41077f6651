/**
 * The integration module's tables: partner systems, their API keys and the events they hear about. Only the module
 * itself uses them.
 */
package id.aduan.integration.internal;
