package id.aduan.notification;

import id.aduan.complaint.PhoneNumbers;

/** Keeps a reporter's number out of what the SMS gateway answers, before it is stored or shown to staff. */
final class HiddenNumbers {

    private HiddenNumbers() {}

    /**
     * The text with the number masked as {@code +62812****7890}, written in E.164, without its {@code +}, or as an
     * Indonesian number is dialled at home ({@code 0812…}).
     */
    static String hide(String text, String e164) {
        if (text == null || e164 == null || e164.length() < 4) {
            return text;
        }
        var masked = PhoneNumbers.mask(e164);
        var hidden = text.replace(e164, masked).replace(e164.substring(1), masked);
        return e164.startsWith("+62") ? hidden.replace("0" + e164.substring(3), masked) : hidden;
    }
}
