package id.aduan.installation.web;

import id.aduan.installation.InstallationEvents;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a connected installation's webhooks about the reports forwarded to it arrive: no sign-in, the signature with
 * the secret that installation issued this one is the authentication.
 */
@RestController
class InstallationEventController {

    private final InstallationEvents events;

    InstallationEventController(InstallationEvents events) {
        this.events = events;
    }

    @ApiResponse(responseCode = "204", description = "Taken (or a repeat of a webhook taken before, dropped)")
    @ApiResponse(responseCode = "401", description = "Not signed with the secret saved for this installation")
    @ApiResponse(responseCode = "403", description = "The connection to this installation is suspended here")
    @ApiResponse(responseCode = "404", description = "No such report was forwarded to this installation")
    @ApiResponse(
            responseCode = "409",
            description = "The agency's follow-up here cannot take it yet: send it again later")
    @PostMapping(path = "/api/installations/{integrationId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> receive(
            @PathVariable long integrationId,
            @RequestHeader(name = "webhook-id", required = false) String id,
            @RequestHeader(name = "webhook-timestamp", required = false) String timestamp,
            @RequestHeader(name = "webhook-signature", required = false) String signature,
            @RequestBody String body) {
        try {
            events.receive(integrationId, new InstallationEvents.Signed(id, timestamp, signature, body));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            // the same webhook arrived twice at once: the other one was taken, this one is a repeat
            if (!events.taken(integrationId, id)) {
                throw takenMeanwhile;
            }
        }
        return ResponseEntity.noContent().build();
    }
}
