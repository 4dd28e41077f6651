package id.aduan.integration.open311;

import id.aduan.category.CategoryService;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.FiledByIntegration;
import id.aduan.complaint.Language;
import id.aduan.complaint.Location;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterMessage;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.Partner;
import id.aduan.integration.PartnerFilings;
import id.aduan.integration.PartnerKeyException;
import id.aduan.integration.PartnerUpdates;
import id.aduan.integration.QuotaExceededException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What an Open311 client posts with a partner's {@code api_key}: new requests, filed as reports of that partner
 * ({@link Channel#INTEGRATION}) by the same rules as every other door, and mySociety's updates, which are its
 * reporter's messages on the reports it filed, and only those. A wrong key is the specification's 403, a used-up quota
 * a 429 with {@code Retry-After}.
 *
 * <p>The specification has no title: {@code attribute[title]} gives one, else the first line of the description (as
 * FixMyStreet writes the report's title there), else its first words. {@code media_url} is never fetched (Aduan does not
 * call addresses a client names); up to three http(s) addresses are kept as lines at the end of the description while
 * it stays within its limit. {@code attribute[fixmystreet_id]}, which some FixMyStreet installations send, is the
 * partner's reference for the report: sent again, it gives the first report back.
 */
@Component
class Open311Filing {

    static final String FIXMYSTREET_ID = "fixmystreet_id";

    private static final int MEDIA_URLS_MAX = 3;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s]{1,500}", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");

    private final IntegrationService integrations;
    private final PartnerFilings filings;
    private final PartnerUpdates updates;
    private final CategoryService categories;

    Open311Filing(
            IntegrationService integrations,
            PartnerFilings filings,
            PartnerUpdates updates,
            CategoryService categories) {
        this.integrations = integrations;
        this.filings = filings;
        this.updates = updates;
        this.categories = categories;
    }

    /** Files the request; the answer is its tracking ID at once. */
    Open311Documents.CreatedRequest file(Open311Form form) {
        var partner = partner(form.value("api_key"));
        var serviceCode = form.value("service_code");
        if (serviceCode == null) {
            throw Open311Exception.badRequest("service_code is required; GET services.xml lists them");
        }
        if (categories.find(serviceCode).isEmpty()) {
            throw Open311Exception.notFound(
                    "service_code " + serviceCode + " is not a known service; GET services.xml lists them");
        }
        var description = description(form);
        var report = new NewComplaint(
                reportType(form.attribute(Open311Services.REPORT_TYPE)),
                title(form.attribute(Open311Services.TITLE), description),
                withMediaUrls(description, form.all("media_url")),
                serviceCode,
                form.attribute(Open311Services.REGION),
                null,
                location(form),
                reporter(form),
                yesNo(Open311Services.ANONYMOUS, form.attribute(Open311Services.ANONYMOUS)),
                yesNo(Open311Services.CONFIDENTIAL, form.attribute(Open311Services.CONFIDENTIAL)),
                Language.ID,
                Channel.INTEGRATION,
                new FiledByIntegration(partner.id(), partner.name(), form.attribute(FIXMYSTREET_ID), null));
        SubmittedComplaint submitted;
        try {
            submitted = filings.file(partner, report, List.of());
        } catch (QuotaExceededException exceeded) {
            throw tooMany(exceeded);
        }
        return new Open311Documents.CreatedRequest(submitted.trackingId(), null, null);
    }

    /**
     * mySociety's {@code POST servicerequestupdates}: the reporter's message on a report the partner filed, once per
     * {@code update_id} however often FixMyStreet resends it. Its
     * {@code status} is not Aduan's to set (the reporter accepts or objects on Aduan's own pages) and is left aside.
     */
    Open311Documents.CreatedUpdate postUpdate(Open311Form form) {
        var partner = partner(form.value("api_key"));
        var trackingId = form.value("service_request_id");
        if (trackingId == null) {
            throw Open311Exception.badRequest("service_request_id is required");
        }
        var text = description(form);
        if (text == null) {
            throw Open311Exception.badRequest("description is required");
        }
        var clientUpdateId = form.value("update_id");
        if (clientUpdateId != null && clientUpdateId.length() > PartnerUpdates.CLIENT_UPDATE_ID_MAX) {
            throw Open311Exception.badRequest(
                    "update_id may have at most " + PartnerUpdates.CLIENT_UPDATE_ID_MAX + " characters");
        }
        var reportOfUpdate = updates.post(partner, trackingId, clientUpdateId, new ReporterMessage(text));
        return new Open311Documents.CreatedUpdate(
                reportOfUpdate + "-" + (clientUpdateId == null ? "message" : clientUpdateId));
    }

    /**
     * The partner whose key this is, with the request counted: a missing, unknown, revoked or suspended key is the
     * specification's 403.
     */
    Partner partner(String apiKey) {
        try {
            var partner = integrations.authenticate(apiKey);
            integrations.takeRequest(partner);
            return partner;
        } catch (PartnerKeyException refused) {
            throw Open311Exception.of(HttpStatus.FORBIDDEN, "api_key: " + refused.detail());
        } catch (QuotaExceededException exceeded) {
            throw tooMany(exceeded);
        }
    }

    private static Open311Exception tooMany(QuotaExceededException exceeded) {
        return new Open311Exception(
                HttpStatus.TOO_MANY_REQUESTS,
                List.of(new Open311Documents.Error(HttpStatus.TOO_MANY_REQUESTS.value(), exceeded.detail())),
                exceeded.retryAfter());
    }

    /** The description with line breaks as {@code \n} (FixMyStreet's arrive as {@code \r\n}). */
    private static String description(Open311Form form) {
        var description = form.value("description");
        return description == null ? null : LINE_BREAKS.matcher(description).replaceAll("\n");
    }

    /** The title given, else the description's first line, else its first words, within the title's limits. */
    static String title(String given, String description) {
        if (given != null || description == null) {
            return given;
        }
        var firstLine = description
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse("");
        var candidate = firstLine.length() >= ComplaintLimits.TITLE_MIN ? firstLine : description.strip();
        var words = candidate.replaceAll("\\s+", " ");
        if (words.length() <= ComplaintLimits.TITLE_MAX) {
            return words;
        }
        var cut = words.substring(0, ComplaintLimits.TITLE_MAX - 1);
        var lastSpace = cut.lastIndexOf(' ');
        return (lastSpace >= ComplaintLimits.TITLE_MIN ? cut.substring(0, lastSpace) : cut) + "…";
    }

    private static String withMediaUrls(String description, List<String> mediaUrls) {
        if (description == null) {
            return null;
        }
        var text = new StringBuilder(description);
        var separator = "\n\n";
        for (var url : mediaUrls.stream().limit(MEDIA_URLS_MAX).toList()) {
            var line = separator + "Foto: " + url;
            if (WEB_ADDRESS.matcher(url).matches()
                    && text.length() + line.length() <= ComplaintLimits.DESCRIPTION_MAX) {
                text.append(line);
                separator = "\n";
            }
        }
        return text.toString();
    }

    private static ReportType reportType(String value) {
        if (value == null) {
            return ReportType.COMPLAINT;
        }
        try {
            return ReportType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("attribute[" + Open311Services.REPORT_TYPE
                    + "] must be COMPLAINT, ASPIRATION or INFORMATION_REQUEST, not " + value);
        }
    }

    private static boolean yesNo(String code, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw Open311Exception.badRequest("attribute[" + code + "] must be true or false, not " + value);
    }

    /** {@code lat} and {@code long}, or {@code address_string}, or both: the specification asks for one of them. */
    private static Location location(Open311Form form) {
        var address = form.value("address_string");
        var latitude = coordinate("lat", form.value("lat"));
        var longitude = coordinate("long", form.value("long"));
        if (address == null && latitude == null && longitude == null) {
            throw Open311Exception.badRequest("A location is required: lat and long, or address_string");
        }
        return new Location(address, latitude, longitude);
    }

    private static BigDecimal coordinate(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[+-]?[0-9]{1,3}(\\.[0-9]{1,20})?")) {
            throw Open311Exception.badRequest(parameter + " must be a decimal number such as -2.9167");
        }
        return new BigDecimal(value);
    }

    /** {@code first_name} and {@code last_name} make the name; FixMyStreet sends an empty last name, or {@code -}. */
    private static Reporter reporter(Open311Form form) {
        var name = Stream.of(form.value("first_name"), form.value("last_name"))
                .filter(part -> part != null && !part.equals("-"))
                .collect(Collectors.joining(" "));
        var email = form.value("email");
        var phone = form.value("phone");
        if (name.isEmpty() && email == null && phone == null) {
            return null;
        }
        return new Reporter(name.isEmpty() ? null : name, email, phone);
    }
}
