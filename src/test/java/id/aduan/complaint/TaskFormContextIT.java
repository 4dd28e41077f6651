package id.aduan.complaint;

import static id.aduan.StaffTasks.contextText;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the task forms show of a report, as the task gets it when it is created. */
@AduanIntegrationTest
class TaskFormContextIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Test
    void aReportWithoutAttachmentsSaysSoInsteadOfShowingAnEmptyBullet() {
        // given a report without photos or documents
        var trackingId = ApiClient.on(port)
                .post("/api/complaints", TestReports.roadComplaint())
                .json()
                .get("trackingId")
                .asText();

        // when its verification task is created
        var task =
                tasks.createTaskQuery().processInstanceBusinessKey(trackingId).singleResult();
        var attachments = contextText(tasks, task.getId(), "attachmentLinks");

        // then the form's attachments section says there are none, with no line that Markdown makes an empty item
        assertThat(attachments).isEqualTo(ComplaintTaskContext.NO_ATTACHMENTS);
        assertThat(attachments.lines()).noneMatch(line -> line.strip().matches("[-*+]?"));
    }
}
