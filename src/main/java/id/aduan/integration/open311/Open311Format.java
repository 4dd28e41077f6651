package id.aduan.integration.open311;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The two formats of Open311, chosen by the suffix of the address: {@code services.xml}, {@code services.json}. */
enum Open311Format {
    XML(MediaType.parseMediaType("text/xml;charset=utf-8")),
    JSON(MediaType.parseMediaType("application/json;charset=utf-8"));

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format of a suffix; any other suffix is a resource that does not exist. */
    static Open311Format of(String suffix) {
        return switch (suffix == null ? "" : suffix.toLowerCase(Locale.ROOT)) {
            case "xml" -> XML;
            case "json" -> JSON;
            default ->
                throw Open311Exception.notFound("Unknown format ." + suffix + "; Open311 answers in .xml and .json");
        };
    }

    /** The format a path asks for by its suffix, XML when it names none: for answering errors in the client's format. */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }
}
