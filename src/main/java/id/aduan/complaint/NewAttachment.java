package id.aduan.complaint;

/**
 * A file sent with a new report, as the reporter's device named it. Its type is read from its content,
 * never from what the device claims.
 */
public record NewAttachment(String fileName, byte[] content) {}
