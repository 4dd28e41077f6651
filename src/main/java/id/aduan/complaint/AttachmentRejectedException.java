package id.aduan.complaint;

import id.aduan.system.FieldProblemException;

/**
 * A file that cannot go with a report: too many files, too large, empty, not a JPEG, PNG or PDF, a photo of too many
 * pixels, or a file that cannot be read as what it claims to be (damaged, or a PDF protected by a password); or, for
 * a while, a node too busy cleaning other files.
 */
public class AttachmentRejectedException extends FieldProblemException {

    public static final String FIELD = "attachments";

    public enum Reason {
        TOO_MANY,
        TOO_LARGE,
        EMPTY,
        UNSUPPORTED_TYPE,
        TOO_MANY_PIXELS,
        UNREADABLE,
        /** Not the file's fault: the node is cleaning as many files as it may at once; sending again will do. */
        BUSY
    }

    private final Reason reason;
    private final String fileName;

    AttachmentRejectedException(Reason reason, String fileName, String message) {
        super(FIELD, message);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    /** The rejected file's name, or null when the problem is the number of files. */
    public String fileName() {
        return fileName;
    }
}
