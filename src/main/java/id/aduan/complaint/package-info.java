/**
 * Complaints, aspirations and information requests: what a reporter files, its timeline and the
 * agencies assigned to it, and the lifecycle that {@code ComplaintHandlingProcess} and
 * {@code AgencyFollowUpProcess} drive through {@link id.aduan.complaint.ComplaintLifecycle}.
 */
package id.aduan.complaint;
