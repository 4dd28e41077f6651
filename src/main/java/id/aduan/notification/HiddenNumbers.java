package id.aduan.notification;

import id.aduan.complaint.PhoneNumbers;

/** Keeps a reporter's number out of what the SMS gateway answers, before it is stored or shown to staff. */
final class HiddenNumbers {

    private HiddenNumbers() {}

    /** The text with the number (in E.164, with or without its {@code +}) masked as {@code +62812****7890}. */
    static String hide(String text, String e164) {
        if (text == null || e164 == null || e164.length() < 2) {
            return text;
        }
        var masked = PhoneNumbers.mask(e164);
        return text.replace(e164, masked).replace(e164.substring(1), masked);
    }
}
