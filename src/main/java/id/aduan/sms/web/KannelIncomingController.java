package id.aduan.sms.web;

import id.aduan.complaint.PhoneNumbers;
import id.aduan.sms.IncomingSms;
import id.aduan.sms.SmsBeingHandledException;
import id.aduan.sms.SmsReply;
import id.aduan.sms.SmsService;
import id.aduan.system.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Kannel's {@code sms-service} hands over each SMS to the short code, as its {@code get-url} calls it
 * ({@code …/incoming?secret=…&from=%p&to=%P&text=%a&id=%I&smsc=%i}) or its {@code post-url} (the same query without
 * {@code text}, the text as a {@code text/plain} body in its charset), or with the same fields as a form. The answer is
 * the reply SMS: {@code text/plain} in UTF-8, with {@code X-Kannel-Coding: 2} when the text needs UCS-2 (emoji), and
 * always 200, since Kannel sends "Could not fetch content" to the citizen for anything else; an empty answer sends
 * nothing. A request without the sender or the message's id is the gateway's configuration's fault and gets a 400
 * problem naming the field. Only the gateway gets here ({@code SmsGatewayFilter}: its addresses and shared secret).
 */
@RestController
@RequestMapping("/api/sms/kannel/incoming")
class KannelIncomingController {

    /** Kannel's reply header for the reply's coding: 2 is UCS-2. */
    static final String KANNEL_CODING = "X-Kannel-Coding";

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    /** Kannel's {@code %I} is a UUID; other gateways' ids are accepted if they are as plain. */
    private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

    private final SmsService sms;

    KannelIncomingController(SmsService sms) {
        this.sms = sms;
    }

    @Operation(summary = "An incoming SMS (Kannel's get-url, or its fields as a form); the answer is the reply SMS")
    @ApiResponse(
            responseCode = "200",
            description = "The reply SMS as text/plain, X-Kannel-Coding: 2 when it needs UCS-2; empty: send nothing")
    @ApiResponse(responseCode = "400", description = "from or id is missing or wrong; errors names it")
    @ApiResponse(responseCode = "401", description = "Wrong or missing gateway secret")
    @ApiResponse(responseCode = "403", description = "Not from an address of the gateway")
    @ApiResponse(responseCode = "503", description = "No gateway secret configured")
    @RequestMapping(method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> receive(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String smsc) {
        return answer(sms.receive(incoming(from, to, text, id, smsc)));
    }

    @Operation(summary = "An incoming SMS (Kannel's post-url): the text as the body, in the charset it names")
    @ApiResponse(
            responseCode = "200",
            description = "The reply SMS as text/plain, X-Kannel-Coding: 2 when it needs UCS-2; empty: send nothing")
    @ApiResponse(responseCode = "400", description = "from or id is missing or wrong; errors names it")
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receiveBody(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String smsc,
            @RequestBody(required = false) String text) {
        return answer(sms.receive(incoming(from, to, text, id, smsc)));
    }

    private static IncomingSms incoming(String from, String to, String text, String id, String smsc) {
        if (from == null || from.isBlank()) {
            throw new FieldProblemException("from", "is required: the sender's number, from=%p in Kannel's get-url");
        }
        var sender = PhoneNumbers.e164(from)
                .orElseThrow(() -> new FieldProblemException(
                        "from", "must be the sender's phone number (Kannel's %p), such as +6281234567890"));
        if (id == null || id.isBlank()) {
            throw new FieldProblemException(
                    "id",
                    "is required: the message's id, id=%I in Kannel's get-url, so that a message delivered twice"
                            + " is handled once");
        }
        if (!MESSAGE_ID.matcher(id).matches()) {
            throw new FieldProblemException(
                    "id", "must be the message's id (Kannel's %I): up to 64 characters without spaces");
        }
        return new IncomingSms(id, sender, to, text, smsc);
    }

    /**
     * 503 with {@code Retry-After}, which makes smsbox ask again after its {@code http-queue-delay}: by then the first
     * delivery has answered (the same reply comes again), or its claim went stale and this one handles the SMS.
     */
    @ExceptionHandler(SmsBeingHandledException.class)
    ResponseEntity<String> askAgain(SmsBeingHandledException beingHandled) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(TEXT)
                .body("");
    }

    private static ResponseEntity<String> answer(SmsReply reply) {
        var answer = ResponseEntity.ok().contentType(TEXT);
        if (reply.needsUcs2()) {
            answer.header(KANNEL_CODING, "2");
        }
        return answer.body(reply.text());
    }
}
