package id.aduan.complaint;

/** A file attached to a report, to send to someone allowed to see the report. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {}
