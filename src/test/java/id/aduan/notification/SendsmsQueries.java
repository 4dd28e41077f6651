package id.aduan.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a sendsms call as Kannel does: the query's parameters, URL-decoded. */
final class SendsmsQueries {

    private SendsmsQueries() {}

    static Map<String, String> parameters(String rawQuery) {
        var parameters = new HashMap<String, String>();
        for (var pair : rawQuery.split("&")) {
            var parts = pair.split("=", 2);
            parameters.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
