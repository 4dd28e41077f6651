package id.aduan.integration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.complaint.AttachmentRejectedException;
import id.aduan.complaint.AttachmentRejectedException.Reason;
import id.aduan.system.FieldProblemException.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerReportControllerTest {

    private final PartnerReportController controller = new PartnerReportController(null, null, null);

    @Test
    void answersAFileThatCannotGoWithTheReportWith400NamingTheFiles() {
        // when
        var answer = controller.refusedFile(rejected(Reason.TOO_LARGE, "'foto.jpg' is larger than 5 MB"));

        // then
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getProperties())
                .containsEntry("errors", List.of(new FieldError("files", "'foto.jpg' is larger than 5 MB")));
    }

    @Test
    void answersAFileItIsTooBusyToCleanNowWith503AndWhenToSendTheReportAgain() {
        // when
        var answer = controller.refusedFile(rejected(Reason.BUSY, "Aduan is busy with other files"));

        // then a transient refusal, which a connected installation retries
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(answer.getBody().getProperties())
                .containsEntry("errors", List.of(new FieldError("files", "Aduan is busy with other files")));
    }

    private static AttachmentRejectedException rejected(Reason reason, String message) {
        var rejected = mock(AttachmentRejectedException.class);
        when(rejected.reason()).thenReturn(reason);
        when(rejected.error()).thenReturn(new FieldError(AttachmentRejectedException.FIELD, message));
        return rejected;
    }
}
