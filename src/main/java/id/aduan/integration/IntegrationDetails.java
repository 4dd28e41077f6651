package id.aduan.integration;

import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What national administrators say about a partner system. {@link IntegrationService} checks these rules for every
 * caller, and the codes and the callback URL.
 *
 * @param regionCode the region it speaks for, as a Kemendagri code (16.06 for Musi Banyuasin), if any
 * @param agencyCode the agency it speaks for, if any
 * @param contact the e-mail address of whoever runs the partner system
 * @param callbackUrl where webhooks go (http or https); none for a partner that reads the change feed
 * @param reportsPerHour reports it may file in an hour
 * @param requestsPerMinute requests of any kind it may send in a minute
 * @param installation for another Aduan installation, how the two are connected; none for other partners
 */
public record IntegrationDetails(
        @NotBlank @PlainText @Size(max = 120) String name,
        @NotNull IntegrationKind kind,
        @Size(max = 13) String regionCode,
        @Size(max = 40) String agencyCode,
        @NotBlank @Email @Size(max = 254) String contact,
        @NotNull IntegrationStatus status,
        @Size(max = 2000) String callbackUrl,
        @Positive @Max(100_000) int reportsPerHour,
        @Positive @Max(100_000) int requestsPerMinute,
        @Valid InstallationConnection installation) {}
