package id.aduan.complaint.internal;

/** A row of {@code complaint_attachment} without its content. */
public record StoredAttachment(long id, String fileName, String contentType, long sizeBytes) {}
