/**
 * Partner systems: regional governments' complaint apps, mobile apps, Open311 clients and other Aduan installations
 * that file reports and follow them. National administrators manage each {@code integration} with its API keys and
 * quotas ({@link id.aduan.integration.IntegrationService}); partners file and act for their reporters through
 * {@code /api/partner/v1} and Open311, and hear back through signed webhooks or the change feed.
 */
package id.aduan.integration;
