package id.aduan.complaint;

/**
 * The reporter of a report asked for a new private link with the e-mail address they gave: the e-mails send one
 * there. Published in the transaction that checked the address.
 */
public record AccessLinkRequested(long complaintId, String trackingId) {}
