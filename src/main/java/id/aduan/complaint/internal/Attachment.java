package id.aduan.complaint.internal;

import id.aduan.complaint.AttachmentContent;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo or document sent with a report. Its bytes live in Aduan's database, never in process
 * variables, so every node of a cluster serves it and the engine's history never holds it.
 */
@Entity
@Table(name = "complaint_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    private byte[] content;

    private Instant createdAt;

    protected Attachment() {}

    public Attachment(Long complaintId, String fileName, String contentType, byte[] content, Instant createdAt) {
        this.complaintId = complaintId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The file under the given name: one made of the report's tracking ID, never the reporter's own name for it. */
    public AttachmentContent toContentNamed(String fileName) {
        return new AttachmentContent(fileName, contentType, content);
    }

    public String getContentType() {
        return contentType;
    }
}
