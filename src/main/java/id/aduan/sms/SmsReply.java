package id.aduan.sms;

import id.aduan.system.SmsText;

/**
 * The SMS Aduan sends back to an incoming one: the SMS gateway sends the text of the answer to the sender. An empty
 * text sends nothing (Kannel's {@code omit-empty}).
 */
public record SmsReply(String text) {

    private static final SmsReply NONE = new SmsReply("");

    /** No reply: for a blocked number, or a number over its limit that has been told so. */
    public static SmsReply none() {
        return NONE;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether the text needs UCS-2 (emoji, letters beyond the GSM alphabet): Kannel must be told with coding 2. */
    public boolean needsUcs2() {
        return !SmsText.isGsm7(text);
    }
}
