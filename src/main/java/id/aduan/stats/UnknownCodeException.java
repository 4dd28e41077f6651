package id.aduan.stats;

import java.util.Locale;

/** A statistics request named an agency, province, category, region or channel that does not exist. */
public class UnknownCodeException extends RuntimeException {

    private final Level level;
    private final String code;

    public UnknownCodeException(Level level, String code) {
        super("No " + level.name().toLowerCase(Locale.ROOT) + " has the code '" + code + "'");
        this.level = level;
        this.code = code;
    }

    public Level level() {
        return level;
    }

    public String code() {
        return code;
    }
}
