package id.aduan.sms;

import id.aduan.complaint.Language;

/**
 * What a citizen's SMS asks for, as {@link SmsCommands} reads it, in the language the citizen wrote it in: the
 * language of its keyword, or the language the number wrote in before when the keyword is the same in both or missing.
 */
sealed interface SmsCommand {

    Language language();

    /**
     * A new report: {@code LAPOR <isi laporan>}, or a text without a keyword.
     *
     * @param keyword false when the text came without one: the reply explains the keywords, the first time
     */
    record Report(Language language, String text, boolean keyword) implements SmsCommand {}

    /** {@code CEK <tracking ID>}: the report's status and deadline. */
    record Check(Language language, String trackingId) implements SmsCommand {}

    /** {@code BALAS <tracking ID> <pesan>}: a message of the reporter to the staff. */
    record Reply(Language language, String trackingId, String message) implements SmsCommand {}

    /** {@code TERIMA <tracking ID> <1-5>}: the reporter accepts the follow-up, with a rating and perhaps a comment. */
    record Accept(Language language, String trackingId, int rating, String comment) implements SmsCommand {}

    /** {@code TOLAK <tracking ID> <alasan>}: the reporter objects to the follow-up. */
    record Reject(Language language, String trackingId, String reason) implements SmsCommand {}

    /** {@code BANTUAN}: the keywords. */
    record Help(Language language) implements SmsCommand {}

    /** {@code BERHENTI}: no more SMS updates to the number. */
    record Stop(Language language) implements SmsCommand {}

    /** {@code MULAI}: SMS updates to the number again. */
    record Start(Language language) implements SmsCommand {}

    /** "Terima kasih": nothing to do but to answer kindly. */
    record Thanks(Language language) implements SmsCommand {}

    /** A keyword without what it needs, such as {@code CEK} without a tracking ID: the reply shows how to write it. */
    record Incomplete(Language language, Keyword keyword) implements SmsCommand {}

    /** A text too short to be a report and without a keyword: the reply lists the keywords. */
    record Unknown(Language language) implements SmsCommand {}

    /** The commands that start with a keyword. */
    enum Keyword {
        REPORT,
        CHECK,
        REPLY,
        ACCEPT,
        REJECT,
        HELP,
        STOP,
        START
    }
}
