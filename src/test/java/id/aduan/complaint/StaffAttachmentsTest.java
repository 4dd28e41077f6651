package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Attachment;
import id.aduan.complaint.internal.AttachmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffAttachmentsTest {

    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    private static final byte[] PHOTO = {1, 2, 3};
    private static final byte[] LETTER = {4, 5};

    private final ComplaintRepository complaints = mock(ComplaintRepository.class);
    private final AssignmentRepository assignments = mock(AssignmentRepository.class);
    private final AttachmentRepository stored = mock(AttachmentRepository.class);
    private final StaffAttachments attachments = new StaffAttachments(
            complaints, assignments, new Attachments(stored, AttachmentCleanerTest.cleaner(), Clock.systemUTC()));

    private final Assignment assignment = new Assignment(7L, "DINKES-MUBA", NOW, 5);

    @BeforeEach
    void setUp() {
        var complaint = mock(Complaint.class);
        when(complaint.getId()).thenReturn(7L);
        when(complaint.getTrackingId()).thenReturn("ADU-7K3M-9QXH");
        when(complaints.findById(7L)).thenReturn(Optional.of(complaint));
        when(assignments.findByComplaintIdOrderById(7L)).thenReturn(List.of(assignment));
        when(stored.findByComplaintIdOrderById(7L))
                .thenReturn(List.of(
                        new Attachment(7L, "rumah-siti-aminah.png", "image/png", PHOTO, NOW),
                        new Attachment(7L, "surat-siti-aminah.pdf", "application/pdf", LETTER, NOW)));
    }

    @Test
    void givesTheAgencyTheReportsFilesInOrderNamedAfterTheReportNeverAsTheReporterNamedThem() {
        // when
        var files = attachments.forAgency(7L, "DINKES-MUBA");

        // then
        assertThat(files)
                .extracting(AttachmentContent::fileName, AttachmentContent::contentType, AttachmentContent::content)
                .containsExactly(
                        tuple("ADU-7K3M-9QXH-lampiran-1.png", "image/png", PHOTO),
                        tuple("ADU-7K3M-9QXH-lampiran-2.pdf", "application/pdf", LETTER));
    }

    @Test
    void givesAnotherAgencyNone() {
        assertThat(attachments.forAgency(7L, "BPJS-KESEHATAN")).isEmpty();
    }

    @Test
    void givesTheAgencyNoneOnceTheReportWentToAnotherAgency() {
        // given
        assignment.returnToRouting(NOW);

        // then
        assertThat(attachments.forAgency(7L, "DINKES-MUBA")).isEmpty();
    }
}
