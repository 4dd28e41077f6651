package id.aduan.integration.open311;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, in XML or JSON by the suffix; {@code jurisdiction_id} is accepted and
 * ignored, as Aduan is one jurisdiction. Reading needs no key; filing and posting updates take a partner's
 * {@code api_key}, with which {@code servicerequestupdates} also lists what that partner's reporters are told.
 */
@RestController
@RequestMapping(Open311Controller.BASE)
class Open311Controller {

    static final String BASE = "/open311/v2";

    private static final String FORMAT = ".{format:[A-Za-z]+}";

    private final Open311Services services;
    private final Open311Requests requests;
    private final Open311Filing filing;
    private final Open311Writer writer;
    private final String changeset;

    Open311Controller(
            Open311Services services,
            Open311Requests requests,
            Open311Filing filing,
            Open311Writer writer,
            Clock clock) {
        this.services = services;
        this.requests = requests;
        this.filing = filing;
        this.writer = writer;
        this.changeset = Open311Dates.format(clock.instant(), Open311Dates.JAKARTA);
    }

    @GetMapping("/discovery" + FORMAT)
    ResponseEntity<String> discovery(@PathVariable String format) {
        var url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + "/")
                .toUriString();
        var discovery = new Open311Documents.Discovery(
                changeset,
                "The national administrators (Admin Nasional) of this Aduan installation",
                "Partner systems get an api_key from the national administrators; reading needs none",
                List.of(new Open311Documents.Endpoint(
                        "http://wiki.open311.org/GeoReport_v2",
                        url,
                        changeset,
                        "production",
                        List.of(
                                Open311Format.XML.mediaType().toString(),
                                Open311Format.JSON.mediaType().toString()))));
        return writer.one(Open311Format.of(format), "discovery", discovery);
    }

    @GetMapping("/services" + FORMAT)
    ResponseEntity<String> services(@PathVariable String format) {
        return writer.list(Open311Format.of(format), HttpStatus.OK, "services", "service", services.list());
    }

    @GetMapping("/services/{serviceCode}" + FORMAT)
    ResponseEntity<String> definition(@PathVariable String serviceCode, @PathVariable String format) {
        var answer = Open311Format.of(format);
        return writer.one(answer, "service_definition", services.definition(serviceCode));
    }

    @GetMapping("/requests" + FORMAT)
    ResponseEntity<String> requests(
            @PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String serviceRequestId,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestParam(required = false) String extensions) {
        var answer = Open311Format.of(format);
        var search = new Open311Requests.Search(
                serviceRequestId, serviceCode, startDate, endDate, status, page, pageSize, extensions);
        return writer.list(answer, HttpStatus.OK, "service_requests", "request", requests.find(search));
    }

    @GetMapping("/requests/{serviceRequestId}" + FORMAT)
    ResponseEntity<String> request(
            @PathVariable String serviceRequestId,
            @PathVariable String format,
            @RequestParam(required = false) String extensions) {
        var answer = Open311Format.of(format);
        var request = requests.find(serviceRequestId, "true".equalsIgnoreCase(extensions));
        return writer.list(answer, HttpStatus.OK, "service_requests", "request", List.of(request));
    }

    /** Files a request with a partner's {@code api_key}: the answer holds its tracking ID as service_request_id. */
    @PostMapping("/requests" + FORMAT)
    ResponseEntity<String> file(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        var answer = Open311Format.of(format);
        var created = filing.file(new Open311Form(form));
        return writer.list(answer, HttpStatus.OK, "service_requests", "request", List.of(created));
    }

    /** Aduan files every request at once and answers its tracking ID: it never hands out tokens. */
    @GetMapping("/tokens/{token}" + FORMAT)
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        Open311Format.of(format);
        throw Open311Exception.notFound("No token " + token
                + ": Aduan answers POST requests with the service_request_id at once and issues no tokens");
    }

    /** mySociety's extension: what happened to reports, for FixMyStreet to pull agencies' answers. */
    @GetMapping("/servicerequestupdates" + FORMAT)
    ResponseEntity<String> updates(
            @PathVariable String format,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        var answer = Open311Format.of(format);
        var partner = apiKey == null || apiKey.isBlank() ? null : filing.partner(apiKey);
        return writer.list(
                answer,
                HttpStatus.OK,
                "service_request_updates",
                "request_update",
                requests.updates(startDate, endDate, page, pageSize, partner));
    }

    /** mySociety's extension: the reporter's message, from the partner that filed the report. */
    @PostMapping("/servicerequestupdates" + FORMAT)
    ResponseEntity<String> postUpdate(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        var answer = Open311Format.of(format);
        var created = filing.postUpdate(new Open311Form(form));
        return writer.list(answer, HttpStatus.OK, "service_request_updates", "request_update", List.of(created));
    }

    /** Any other address or method under the base: the specification's 404, in the format its suffix asks for. */
    @RequestMapping("/**")
    ResponseEntity<String> unknown() {
        throw Open311Exception.notFound("Nothing here; GET " + BASE + "/discovery.xml lists what Open311 offers");
    }
}
