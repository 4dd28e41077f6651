package id.aduan.complaint;

/** A file fit to keep with a report: of a known type, written anew without metadata, under a safe name. */
record CleanAttachment(String fileName, AttachmentType type, byte[] content) {}
