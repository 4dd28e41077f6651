package id.aduan.complaint;

/** A row of {@code complaint_attachment} without its content. */
record StoredAttachment(long id, String fileName, String contentType, long sizeBytes) {}
