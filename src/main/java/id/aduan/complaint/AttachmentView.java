package id.aduan.complaint;

/** A file attached to a report, without its content. */
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes) {}
