/**
 * Connected installations, the origin's side: a report routed to an agency that another Aduan installation serves
 * is forwarded there ({@link id.aduan.installation.InstallationForwarding}), the reporter's messages, acceptance and
 * objections follow it, and what the other installation decides comes back as its signed webhooks
 * ({@link id.aduan.installation.InstallationEvents}) and is applied to the report here, under this installation's
 * tracking ID, so that its reporter follows it where they filed it.
 */
package id.aduan.installation;
