package id.aduan.integration.web;

import id.aduan.integration.IntegrationDetails;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.IntegrationView;
import id.aduan.integration.IssuedCredentials;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner systems for national and system administrators: add one (its first API key and webhook secret are in the
 * answer, and nowhere else, ever), change it, rotate its key with a grace period, revoke a key at once.
 */
@RestController
@RequestMapping("/api/integrations")
class IntegrationController {

    private final IntegrationService integrations;

    IntegrationController(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @GetMapping
    List<IntegrationView> list() {
        return integrations.list();
    }

    @GetMapping("/{id}")
    IntegrationView get(@PathVariable long id) {
        return integrations.get(id);
    }

    @PostMapping
    ResponseEntity<IssuedCredentials> create(@RequestBody IntegrationDetails details) {
        var issued = integrations.create(details);
        return ResponseEntity.created(
                        URI.create("/api/integrations/" + issued.integration().id()))
                .body(issued);
    }

    @PutMapping("/{id}")
    IntegrationView update(@PathVariable long id, @RequestBody IntegrationDetails details) {
        return integrations.update(id, details);
    }

    /** A new key; the earlier ones keep working for {@code graceHours} (24 unless given; 0 ends them now). */
    @PostMapping("/{id}/keys")
    ResponseEntity<IssuedCredentials> rotateKey(
            @PathVariable long id, @Valid @RequestBody(required = false) Rotation rotation) {
        var graceHours = rotation == null || rotation.graceHours() == null ? 24 : rotation.graceHours();
        var issued = integrations.rotateKey(id, Duration.ofHours(graceHours));
        return ResponseEntity.created(URI.create("/api/integrations/" + id)).body(issued);
    }

    /** A new webhook secret, in the answer only; the earlier one signs nothing more. */
    @PostMapping("/{id}/webhook-secret")
    IssuedCredentials replaceWebhookSecret(@PathVariable long id) {
        return integrations.replaceWebhookSecret(id);
    }

    /** Ends a key at once. */
    @DeleteMapping("/{id}/keys/{keyId}")
    IntegrationView revokeKey(@PathVariable long id, @PathVariable long keyId) {
        return integrations.revokeKey(id, keyId);
    }

    record Rotation(@PositiveOrZero @Max(720) Integer graceHours) {}
}
