package id.aduan.sms;

import id.aduan.complaint.PhoneNumbers;

/**
 * The number an SMS came from: in E.164, as the reporter's credential, and as the key under which Aduan counts and
 * remembers it without keeping the number ({@link SenderKeys}).
 */
record Sender(String phone, String key) {

    @Override
    public String toString() {
        return PhoneNumbers.mask(phone);
    }
}
