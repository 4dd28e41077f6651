package id.aduan.complaint;

/**
 * A file attached to a report, without its content. Files are numbered in the order they were sent: {@code label} and
 * {@code labelEn} name them by number ("Lampiran 1", "Attachment 1"); {@code fileName} is the reporter's own name for
 * the file in the reporter's view, and the name it downloads under ({@code ADU-7K3M-9QXH-lampiran-1.jpg}) in any other.
 */
public record AttachmentView(
        long id, int number, String label, String labelEn, String fileName, String contentType, long sizeBytes) {}
