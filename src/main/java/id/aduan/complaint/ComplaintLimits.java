package id.aduan.complaint;

/**
 * The limits of what a reporter sends, used by the rules on {@link NewComplaint} and the reporter's other commands
 * that every door applies: the lengths fit the columns of Aduan's tables.
 */
public final class ComplaintLimits {

    /** A tracking ID such as {@code ADU-7K3M-9QXH}. */
    public static final String TRACKING_ID_PATTERN = "ADU-[0-9A-Z]{4}-[0-9A-Z]{4}";

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MIN = 10;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CODE_MAX = 40;
    public static final int REGION_CODE_MAX = 13;
    public static final int ADDRESS_MAX = 300;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int EXTERNAL_REFERENCE_MAX = 100;
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 -]{5,19}";

    /** Coordinates must lie in Indonesia. */
    public static final String LATITUDE_MIN = "-11.5";

    public static final String LATITUDE_MAX = "6.5";
    public static final String LONGITUDE_MIN = "94.5";
    public static final String LONGITUDE_MAX = "141.5";

    /**
     * Digits of a coordinate before and after the decimal point: more than any GPS gives (6 decimals are 10 cm, and
     * the table keeps 6), few enough that checking and storing a number never costs much, whatever its exponent.
     */
    public static final int COORDINATE_INTEGER_DIGITS = 3;

    public static final int COORDINATE_FRACTION_DIGITS = 20;
    public static final String COORDINATE_DIGITS_MESSAGE = "must be a decimal number with at most "
            + COORDINATE_INTEGER_DIGITS + " digits before and " + COORDINATE_FRACTION_DIGITS
            + " after the decimal point";

    public static final int MESSAGE_MAX = 4000;
    public static final int COMMENT_MAX = 1000;
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;

    /** Photos and documents: at most this many files with a report, JPEG, PNG or PDF. */
    public static final int ATTACHMENTS_MAX = 3;

    public static final int ATTACHMENT_MAX_MEGABYTES = 5;
    public static final long ATTACHMENT_MAX_BYTES = ATTACHMENT_MAX_MEGABYTES * 1024L * 1024L;

    /**
     * A photo's size in pixels, read before it is decoded: a few kilobytes may claim more pixels than memory holds.
     * 50 megapixels cover the largest photos of today's phones (8160 × 6120).
     */
    public static final int ATTACHMENT_MAX_MEGAPIXELS = 50;

    private ComplaintLimits() {}
}
