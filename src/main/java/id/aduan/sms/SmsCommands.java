package id.aduan.sms;

import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.Language;
import id.aduan.complaint.TrackingIds;
import id.aduan.sms.SmsCommand.Keyword;
import id.aduan.system.PlainText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an SMS as citizens write it on a phone's keypad: keywords in any letter case, Indonesian ones first and their
 * English twins, with or without a space, a colon or other punctuation after them ({@code lapor:}, {@code Lapor.},
 * {@code #lapor}, {@code LAPORjalan rusak}, {@code Cek7k3m9q01}), and tracking IDs as {@link TrackingIds#parse} reads
 * them, in one to three pieces. A keyword glued to the text counts when the text after it is a tracking ID, or when the
 * keyword is in capitals and the text is not ("LAPORjalan"): so "Laporan saya …" stays a report that starts with a
 * word. A text without a keyword is a report, unless it is a tracking ID alone (a check), thanks, or too short to be
 * one.
 */
final class SmsCommands {

    /** Text that no report keeps: control characters become spaces, invisible direction marks go. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private static final Pattern FORMAT_CONTROLS = Pattern.compile("[" + PlainText.FORMAT_CONTROLS + "]");

    /** What people put before a keyword: {@code #lapor}, {@code *CEK}, {@code "BANTUAN"}. */
    private static final Pattern DECORATION = Pattern.compile("^[\\s#*.:>\"'(\\[!~_=-]+");

    /** What people put between a keyword and the rest: {@code LAPOR: …}, {@code *LAPOR* …}, {@code Lapor.…}. */
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("^[\\s,;:.!#=*\"')\\]-]+");

    /** What people put between a tracking ID and the rest, or before a comment. */
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,;:.!#=)\\]-]+");

    /** The pieces a tracking ID may be typed in: {@code ADU-7K3M-9QO1}, {@code 7k3m 9qo1}, {@code adu 7k3m9qo1}. */
    private static final Pattern PIECE = Pattern.compile("[^\\s,;:]+");

    private static final int MAX_ID_PIECES = 3;

    private static final Pattern QUESTION_MARKS = Pattern.compile("\\?+");

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** A rating: {@code 5}, {@code 4/5}; a number of another size is no rating. */
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(\\d+)(?:\\s*/\\s*5(?!\\d))?(?!\\d)");

    /** A rating in stars: {@code ****}, ⭐⭐⭐⭐⭐. */
    private static final Pattern STARS = Pattern.compile("[*\u2B50]\uFE0F?");

    /** Words around a rating that say nothing more: "bintang 4", "nilai 5", "5 stars". */
    private static final Pattern RATING_WORDS =
            Pattern.compile("(?iu)\\b(bintang|nilai|nilainya|rating|skor|score|stars?)\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final List<String> THANKS = List.of("terimakasih", "trimakasih", "makasih", "thanks", "thankyou");

    /** Thanks, and a few more words ("terima kasih banyak pak"), is thanks; a longer text is a report. */
    private static final int THANKS_MAX_WORDS = 5;

    /**
     * Each way to write a keyword, longest first; a spelling without a language is the same in both (STATUS, UNREG,
     * which Indonesian operators' services use to stop messages).
     */
    private static final List<Spelling> SPELLINGS = Stream.of(
                    new Spelling("LAPOR", Keyword.REPORT, Language.ID),
                    new Spelling("REPORT", Keyword.REPORT, Language.EN),
                    new Spelling("CEK", Keyword.CHECK, Language.ID),
                    new Spelling("CHECK", Keyword.CHECK, Language.EN),
                    new Spelling("STATUS", Keyword.CHECK, null),
                    new Spelling("BALAS", Keyword.REPLY, Language.ID),
                    new Spelling("REPLY", Keyword.REPLY, Language.EN),
                    new Spelling("TERIMA", Keyword.ACCEPT, Language.ID),
                    new Spelling("ACCEPT", Keyword.ACCEPT, Language.EN),
                    new Spelling("TOLAK", Keyword.REJECT, Language.ID),
                    new Spelling("OBJECT", Keyword.REJECT, Language.EN),
                    new Spelling("REJECT", Keyword.REJECT, Language.EN),
                    new Spelling("BANTUAN", Keyword.HELP, Language.ID),
                    new Spelling("HELP", Keyword.HELP, Language.EN),
                    new Spelling("BERHENTI", Keyword.STOP, Language.ID),
                    new Spelling("STOP", Keyword.STOP, Language.EN),
                    new Spelling("UNREG", Keyword.STOP, null),
                    new Spelling("MULAI", Keyword.START, Language.ID),
                    new Spelling("START", Keyword.START, Language.EN))
            .sorted(Comparator.comparing((Spelling spelling) -> spelling.word().length())
                    .reversed())
            .toList();

    private SmsCommands() {}

    /**
     * The command in an SMS.
     *
     * @param fallback the language of a text whose keyword is the same in both languages or that has none: the one
     *     the number wrote in before
     */
    static SmsCommand parse(String text, Language fallback) {
        var clean = clean(text);
        var body = DECORATION.matcher(clean).replaceFirst("");
        if (body.isEmpty() || QUESTION_MARKS.matcher(body).matches()) {
            return body.isEmpty() ? new SmsCommand.Unknown(fallback) : new SmsCommand.Help(fallback);
        }
        if (isThanks(body)) {
            return words(body) <= THANKS_MAX_WORDS ? new SmsCommand.Thanks(fallback) : withoutKeyword(clean, fallback);
        }
        for (var spelling : SPELLINGS) {
            var rest = after(spelling, body);
            if (rest.isPresent()) {
                var language = spelling.language() == null ? fallback : spelling.language();
                return command(spelling.keyword(), language, rest.get());
            }
        }
        return withoutKeyword(clean, fallback);
    }

    private static SmsCommand withoutKeyword(String text, Language language) {
        var trackingId = TrackingIds.parse(text).filter(id -> looksLikeTrackingId(text));
        if (trackingId.isPresent()) {
            return new SmsCommand.Check(language, trackingId.get());
        }
        if (text.length() < ComplaintLimits.DESCRIPTION_MIN) {
            return new SmsCommand.Unknown(language);
        }
        return new SmsCommand.Report(language, text, false);
    }

    private static SmsCommand command(Keyword keyword, Language language, String rest) {
        var incomplete = new SmsCommand.Incomplete(language, keyword);
        return switch (keyword) {
            case REPORT ->
                rest.length() < ComplaintLimits.DESCRIPTION_MIN
                        ? incomplete
                        : new SmsCommand.Report(language, rest, true);
            case CHECK ->
                trackingIdIn(rest)
                        .<SmsCommand>map(id -> new SmsCommand.Check(language, id.trackingId()))
                        .orElse(incomplete);
            case REPLY ->
                trackingIdAt(rest)
                        .filter(id -> !id.rest().isEmpty())
                        .<SmsCommand>map(id -> new SmsCommand.Reply(language, id.trackingId(), id.rest()))
                        .orElse(incomplete);
            case ACCEPT ->
                trackingIdAt(rest).flatMap(id -> accept(language, id)).orElse(incomplete);
            case REJECT ->
                trackingIdAt(rest)
                        .filter(id -> !id.rest().isEmpty())
                        .<SmsCommand>map(id -> new SmsCommand.Reject(language, id.trackingId(), id.rest()))
                        .orElse(incomplete);
            case HELP -> new SmsCommand.Help(language);
            case STOP -> new SmsCommand.Stop(language);
            case START -> new SmsCommand.Start(language);
        };
    }

    /**
     * The rating of {@code TERIMA}: the first number from 1 to 5, or else as many stars when there is no number; the
     * rest is a comment.
     */
    private static Optional<SmsCommand> accept(Language language, IdAndRest id) {
        var text = id.rest();
        var numbers = NUMBER.matcher(text).results().toList();
        var number = numbers.stream().filter(SmsCommands::isRating).findFirst();
        int rating;
        String comment;
        if (number.isPresent()) {
            rating = Integer.parseInt(number.get().group(1));
            comment = text.substring(0, number.get().start()) + " "
                    + text.substring(number.get().end());
        } else if (numbers.isEmpty()) {
            rating = (int) STARS.matcher(text).results().count();
            comment = STARS.matcher(text).replaceAll(" ");
        } else {
            return Optional.empty();
        }
        if (rating < ComplaintLimits.RATING_MIN || rating > ComplaintLimits.RATING_MAX) {
            return Optional.empty();
        }
        var words = SPACES.matcher(RATING_WORDS.matcher(comment).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        var cleanComment = SEPARATORS.matcher(words).replaceFirst("").strip();
        return Optional.of(
                new SmsCommand.Accept(language, id.trackingId(), rating, cleanComment.isEmpty() ? null : cleanComment));
    }

    private static boolean isRating(MatchResult number) {
        var digits = number.group(1);
        return digits.length() == 1
                && digits.charAt(0) >= '0' + ComplaintLimits.RATING_MIN
                && digits.charAt(0) <= '0' + ComplaintLimits.RATING_MAX;
    }

    /**
     * The text after the keyword of this spelling at the start of the body, without the punctuation between them; empty
     * when the body does not start with the keyword.
     */
    private static Optional<String> after(Spelling spelling, String body) {
        var length = spelling.word().length();
        if (!body.regionMatches(true, 0, spelling.word(), 0, length)) {
            return Optional.empty();
        }
        var rest = body.substring(length);
        if (rest.isEmpty() || !Character.isLetterOrDigit(rest.charAt(0))) {
            return Optional.of(KEYWORD_SEPARATORS.matcher(rest).replaceFirst("").strip());
        }
        var typed = body.substring(0, length);
        var glued = takesTrackingId(spelling.keyword()) && trackingIdAt(rest).isPresent()
                || typed.equals(typed.toUpperCase(Locale.ROOT)) && !Character.isUpperCase(rest.charAt(0));
        return glued ? Optional.of(rest.strip()) : Optional.empty();
    }

    private static boolean takesTrackingId(Keyword keyword) {
        return switch (keyword) {
            case CHECK, REPLY, ACCEPT, REJECT -> true;
            case REPORT, HELP, STOP, START -> false;
        };
    }

    /** The first tracking ID in the text: "CEK status ADU-7K3M-9QXH". */
    private static Optional<IdAndRest> trackingIdIn(String text) {
        var pieces = PIECE.matcher(text);
        while (pieces.find()) {
            var found = trackingIdAt(text.substring(pieces.start()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The tracking ID the text starts with, in one to three pieces, and the text after it. */
    private static Optional<IdAndRest> trackingIdAt(String text) {
        var pieces = PIECE.matcher(text);
        var typed = new StringBuilder();
        for (var count = 0; count < MAX_ID_PIECES && pieces.find(); count++) {
            typed.append(pieces.group());
            var trackingId = TrackingIds.parse(typed.toString());
            if (trackingId.isPresent()) {
                var rest = SEPARATORS.matcher(text.substring(pieces.end())).replaceFirst("");
                return Optional.of(new IdAndRest(trackingId.get(), rest.strip()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a text that reads as a tracking ID was meant as one: with its prefix or a digit, which nearly every ID
     * has, so that a word of eight letters is not taken for one.
     */
    private static boolean looksLikeTrackingId(String text) {
        return text.toUpperCase(Locale.ROOT).startsWith("ADU")
                || DIGIT.matcher(text).find();
    }

    private static boolean isThanks(String body) {
        var letters = body.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return THANKS.stream().anyMatch(letters::startsWith);
    }

    private static int words(String text) {
        return SPACES.split(text.strip()).length;
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        var visible = FORMAT_CONTROLS.matcher(text).replaceAll("");
        return CONTROLS.matcher(visible).replaceAll(" ").strip();
    }

    private record Spelling(String word, Keyword keyword, Language language) {}

    private record IdAndRest(String trackingId, String rest) {}
}
