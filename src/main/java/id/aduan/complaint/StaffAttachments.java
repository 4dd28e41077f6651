package id.aduan.complaint;

import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of reports, for staff: administrators and oversight see every report's; agency staff those of
 * reports their agency has to follow up, including confidential ones, and no longer once the report went to
 * another agency (also when another installation serves the agency: it gets the files the agency's staff would see).
 * Files are named after the report and their number, never by the name the reporter gave them.
 */
@Service
@Transactional(readOnly = true)
public class StaffAttachments {

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final Attachments attachments;

    StaffAttachments(ComplaintRepository complaints, AssignmentRepository assignments, Attachments attachments) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.attachments = attachments;
    }

    /**
     * @param agencyCodes the agencies whose reports the staff member may see, or empty for every report
     * @throws ComplaintNotFoundException when there is no such file or the report is not the staff member's
     */
    public AttachmentContent attachment(String trackingId, long attachmentId, Optional<Set<String>> agencyCodes) {
        return complaints
                .findByTrackingId(trackingId)
                .filter(complaint -> agencyCodes
                        .map(codes -> assignedToAny(complaint, codes))
                        .orElse(true))
                .flatMap(complaint -> attachments.content(complaint, attachmentId))
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    /**
     * The report's files as the agency's staff see them, confidential report's too, in the order they were sent and
     * named after the report and their number; none once the report went to another agency. For another installation
     * that serves the agency and handles the report there.
     */
    public List<AttachmentContent> forAgency(long complaintId, String agencyCode) {
        return complaints
                .findById(complaintId)
                .filter(complaint -> assignedToAny(complaint, Set.of(agencyCode)))
                .map(attachments::contents)
                .orElse(List.of());
    }

    private boolean assignedToAny(Complaint complaint, Set<String> agencyCodes) {
        return assignments.findByComplaintIdOrderById(complaint.getId()).stream()
                .anyMatch(assignment -> assignment.getStatus() != AssignmentStatus.RETURNED
                        && agencyCodes.contains(assignment.getAgencyCode()));
    }
}
