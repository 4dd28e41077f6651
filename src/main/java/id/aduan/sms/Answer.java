package id.aduan.sms;

import id.aduan.complaint.Language;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * How Aduan answers an SMS: the reply template ({@code sms/<language>/<template>.txt}) with its values, or nothing; and
 * what the SMS did, with the report it filed or acted on.
 */
record Answer(
        String template, Language language, Map<String, Object> values, InboundOutcome outcome, String trackingId) {

    Answer {
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** An answer that changed nothing. */
    static Answer of(String template, Language language) {
        return new Answer(template, language, Map.of(), InboundOutcome.ANSWERED, null);
    }

    /** An answer that changed a report, or one about a report. */
    static Answer about(String trackingId, String template, Language language, InboundOutcome outcome) {
        return new Answer(template, language, Map.of("trackingId", trackingId), outcome, trackingId);
    }

    /** No reply at all. */
    static Answer silence(Language language) {
        return new Answer(null, language, Map.of(), InboundOutcome.ANSWERED, null);
    }

    /** The same answer with one more value (which may be null). */
    Answer with(String name, Object value) {
        var more = new HashMap<>(values);
        more.put(name, value);
        return new Answer(template, language, more, outcome, trackingId);
    }
}
