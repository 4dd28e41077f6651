package id.aduan.integration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an integration of kind {@link IntegrationKind#ADUAN_INSTALLATION} adds: what the other installation issued to
 * this one, and how the two share their work. The API key and webhook secret are written, never shown again: leave
 * them out of a change to keep the ones saved.
 *
 * @param url the other installation's address, such as {@code https://lapor.sumselprov.go.id}
 * @param apiKey the key the other installation issued to this one, sent when forwarding a report or a reporter's action
 * @param webhookSecret the secret ({@code whsec_…}) the other installation signs its webhooks to this one with
 * @param skipVerification whether reports the other installation forwards here go straight to the agency they name
 * @param servedAgencies the agencies the other installation serves: reports routed to them are forwarded there
 */
public record InstallationConnection(
        @NotNull @Size(max = 2000) String url,
        @Size(max = 200) String apiKey,
        @Size(max = 200) String webhookSecret,
        boolean skipVerification,
        List<@NotNull @Size(max = 40) String> servedAgencies) {

    public InstallationConnection {
        servedAgencies = servedAgencies == null ? List.of() : servedAgencies;
    }

    /** The connection for a log line: whether a key and secret are given, never them. */
    @Override
    public String toString() {
        return "InstallationConnection[url=" + url + ", apiKey=" + (apiKey == null ? "none" : "(given)")
                + ", webhookSecret=" + (webhookSecret == null ? "none" : "(given)") + ", skipVerification="
                + skipVerification + ", servedAgencies=" + servedAgencies + "]";
    }

    /** The connection as administrators see it: whether a key and secret are saved, never them. */
    public record View(
            String url,
            boolean apiKeySaved,
            boolean webhookSecretSaved,
            boolean skipVerification,
            List<String> servedAgencies) {}
}
