/** The forwarded reports, their deliveries and the webhooks heard: the installation module's own tables. */
package id.aduan.installation.internal;
