package id.aduan.complaint;

import id.aduan.system.FieldProblemException;

/** A file that cannot go with a report: too many files, too large, empty, or not a JPEG, PNG or PDF. */
public class AttachmentRejectedException extends FieldProblemException {

    public static final String FIELD = "attachments";

    public enum Reason {
        TOO_MANY,
        TOO_LARGE,
        EMPTY,
        UNSUPPORTED_TYPE
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
