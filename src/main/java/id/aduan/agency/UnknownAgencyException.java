package id.aduan.agency;

/** An agency code that names no agency; the message says where the valid codes are listed. */
public class UnknownAgencyException extends RuntimeException {

    private final String code;

    UnknownAgencyException(String code) {
        super("No agency has the code '" + code + "'. GET /api/agencies lists the valid codes.");
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
