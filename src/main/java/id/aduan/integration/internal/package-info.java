/** The integration module's tables: partner systems and their API keys. Only the module itself uses them. */
package id.aduan.integration.internal;
