package id.aduan.complaint;

import java.util.Locale;

/** The language a reporter reads Aduan's e-mails in: Indonesian unless they chose English. */
public enum Language {
    ID(Locale.forLanguageTag("id")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
