package id.aduan.integration;

import id.aduan.agency.AgencyService;
import id.aduan.integration.internal.InstallationAgency;
import id.aduan.integration.internal.InstallationAgencyRepository;
import id.aduan.integration.internal.Integration;
import id.aduan.integration.internal.IntegrationKey;
import id.aduan.integration.internal.IntegrationKeyRepository;
import id.aduan.integration.internal.IntegrationRepository;
import id.aduan.integration.internal.PartnerEventRepository;
import id.aduan.region.RegionService;
import id.aduan.security.Quotas;
import id.aduan.system.FieldProblemException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner systems and their API keys. A key is 256 random bits, shown once and kept only as its SHA-256 hash; a
 * rotation issues a new key and lets the old ones work for a grace period; a revocation ends a key at once. A partner
 * also has quotas: requests per minute for every call, reports per hour for filing.
 */
@Service
@Transactional(readOnly = true)
public class IntegrationService {

    /** The longest grace period a rotated key may keep working. */
    public static final Duration MAX_GRACE = Duration.ofDays(30);

    static final String KEY_PREFIX = "aduan_";

    private static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(IntegrationService.class);

    private final IntegrationRepository integrations;
    private final IntegrationKeyRepository keys;
    private final InstallationAgencyRepository servedAgencies;
    private final PartnerEventRepository events;
    private final CallbackUrls callbackUrls;
    private final RegionService regions;
    private final AgencyService agencies;
    private final Quotas quotas;
    private final Validator validator;
    private final Clock clock;

    IntegrationService(
            IntegrationRepository integrations,
            IntegrationKeyRepository keys,
            InstallationAgencyRepository servedAgencies,
            PartnerEventRepository events,
            CallbackUrls callbackUrls,
            RegionService regions,
            AgencyService agencies,
            Quotas quotas,
            Validator validator,
            Clock clock) {
        this.integrations = integrations;
        this.keys = keys;
        this.servedAgencies = servedAgencies;
        this.events = events;
        this.callbackUrls = callbackUrls;
        this.regions = regions;
        this.agencies = agencies;
        this.quotas = quotas;
        this.validator = validator;
        this.clock = clock;
    }

    public List<IntegrationView> list() {
        return integrations.findAllByOrderByName().stream().map(this::view).toList();
    }

    /** Every partner's name by its id, in the order of the names. */
    public Map<Long, String> names() {
        var names = new LinkedHashMap<Long, String>();
        integrations
                .findAllByOrderByName()
                .forEach(integration -> names.put(integration.getId(), integration.getName()));
        return names;
    }

    public IntegrationView get(long id) {
        return view(find(id));
    }

    /** Adds a partner system with a first API key and its webhook secret, both shown only in the answer. */
    @Transactional
    public IssuedCredentials create(IntegrationDetails details) {
        return create(details, newApiKey());
    }

    /** Adds a partner with a key chosen by the caller: the demo partners' keys that README shows. */
    @Transactional
    IssuedCredentials create(IntegrationDetails details, String apiKey) {
        check(details, null);
        if (integrations.existsByNameIgnoreCase(details.name())) {
            throw new IntegrationExistsException(details.name());
        }
        var webhookSecret = newWebhookSecret();
        var integration = new Integration(webhookSecret, clock.instant());
        apply(integration, details);
        try {
            integrations.saveAndFlush(integration);
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            throw new IntegrationExistsException(details.name());
        }
        serve(integration, details.installation());
        events.startCounting(integration.getId());
        keys.save(newKey(integration, apiKey));
        log.info("Integration {} ({}) added as {}", integration.getId(), details.kind(), details.name());
        return new IssuedCredentials(view(integration), apiKey, webhookSecret);
    }

    @Transactional
    public IntegrationView update(long id, IntegrationDetails details) {
        var integration = find(id);
        check(details, id);
        if (integrations.existsByNameIgnoreCaseAndIdNot(details.name(), id)) {
            throw new IntegrationExistsException(details.name());
        }
        apply(integration, details);
        serve(integration, details.installation());
        log.info("Integration {} changed: {}, {}", id, details.name(), details.status());
        return view(integration);
    }

    /** Suspends a partner, whose keys are then refused, or makes it active again; nothing else changes. */
    @Transactional
    public IntegrationView changeStatus(long id, IntegrationStatus status) {
        var integration = find(id);
        integration.changeStatus(Objects.requireNonNull(status, "status"));
        log.info("Integration {} is now {}", id, status);
        return view(integration);
    }

    /** A new webhook secret, shown once, for a partner that lost its own; webhooks are signed with it from now on. */
    @Transactional
    public IssuedCredentials replaceWebhookSecret(long id) {
        var integration = find(id);
        var secret = newWebhookSecret();
        integration.replaceWebhookSecret(secret);
        log.info("Integration {}: webhook secret replaced", id);
        return new IssuedCredentials(view(integration), null, secret);
    }

    /** Calls the partner's callback URL again for new events, after a 410 Gone disabled it. */
    @Transactional
    public IntegrationView enableCallback(long id) {
        var integration = find(id);
        integration.enableCallback();
        log.info("Integration {}: webhooks to {} enabled again", id, integration.getCallbackUrl());
        return view(integration);
    }

    /**
     * A new key; the partner's other keys keep working for the grace period (none: they end now), so that it can
     * change keys without a moment where none works.
     */
    @Transactional
    public IssuedCredentials rotateKey(long id, Duration grace) {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new FieldProblemException("graceHours", "must be between 0 and " + MAX_GRACE.toHours() + " hours");
        }
        var integration = find(id);
        var end = clock.instant().plus(grace);
        keys.findByIntegrationIdOrderById(integration.getId()).forEach(key -> key.expireAt(end));
        var apiKey = newApiKey();
        keys.save(newKey(integration, apiKey));
        log.info("Integration {}: key rotated, earlier keys work until {}", id, end);
        return new IssuedCredentials(view(integration), apiKey, null);
    }

    /** Ends a key at once. */
    @Transactional
    public IntegrationView revokeKey(long id, long keyId) {
        var key = keys.findByIdAndIntegrationId(keyId, id)
                .orElseThrow(() -> new IntegrationNotFoundException("key " + keyId + " of integration " + id));
        key.revoke(clock.instant());
        log.info("Integration {}: key {} ({}…) revoked", id, keyId, key.getPrefix());
        return get(id);
    }

    /** The partner whose key this is, if the key works now. */
    public Partner authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw PartnerKeyException.missing();
        }
        var key = keys.findByKeyHash(hash(apiKey.strip())).orElseThrow(PartnerKeyException::unknown);
        if (!key.isValidAt(clock.instant())) {
            throw PartnerKeyException.revoked();
        }
        var integration = find(key.getIntegrationId());
        if (integration.getStatus() != IntegrationStatus.ACTIVE) {
            throw PartnerKeyException.suspended(integration.getName());
        }
        return new Partner(
                integration.getId(),
                integration.getName(),
                integration.getKind(),
                integration.getRegionCode(),
                integration.getAgencyCode(),
                integration.getRequestsPerMinute(),
                integration.getReportsPerHour());
    }

    /**
     * Counts a request of the partner against its requests per minute; 429 when none is left. Outside a transaction,
     * since the quota's bucket takes a database connection of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void takeRequest(Partner partner) {
        var perMinute = partner.requestsPerMinute();
        quotas.take(requestsQuota(partner), perMinute, Duration.ofMinutes(1)).ifPresent(wait -> {
            throw new QuotaExceededException(perMinute + " requests a minute", wait);
        });
    }

    /** 429 when the partner has filed as many reports as it may in an hour; counts nothing. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void checkFilingQuota(Partner partner) {
        var perHour = partner.reportsPerHour();
        quotas.waitFor(filingQuota(partner), perHour, Duration.ofHours(1)).ifPresent(wait -> {
            throw new QuotaExceededException(perHour + " reports an hour", wait);
        });
    }

    /** Counts a report the partner filed against its reports per hour. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void countFiling(Partner partner) {
        quotas.count(filingQuota(partner), partner.reportsPerHour(), Duration.ofHours(1));
    }

    private static String requestsQuota(Partner partner) {
        return "integration-requests:" + partner.id();
    }

    private static String filingQuota(Partner partner) {
        return "integration-reports:" + partner.id();
    }

    private void apply(Integration integration, IntegrationDetails details) {
        integration.change(
                details.name().strip(),
                details.kind(),
                blankToNull(details.regionCode()),
                blankToNull(details.agencyCode()),
                details.contact().strip(),
                details.status(),
                callbackUrls.check(details.callbackUrl(), details.kind()),
                details.reportsPerHour(),
                details.requestsPerMinute());
        var installation = details.installation();
        if (installation == null) {
            integration.connectInstallation(null, null, null, false);
        } else {
            integration.connectInstallation(
                    callbackUrls.check(installation.url(), "installation.url"),
                    blankToNull(installation.apiKey()),
                    blankToNull(installation.webhookSecret()),
                    installation.skipVerification());
        }
    }

    /** Records which agencies another installation serves, replacing what was recorded before. */
    private void serve(Integration integration, InstallationConnection installation) {
        servedAgencies.deleteServedBy(integration.getId());
        if (installation != null) {
            installation.servedAgencies().stream()
                    .distinct()
                    .forEach(code -> servedAgencies.save(new InstallationAgency(code, integration.getId())));
        }
    }

    private void check(IntegrationDetails details, Long id) {
        var violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var region = blankToNull(details.regionCode());
        if (region != null && regions.find(region).isEmpty()) {
            throw new FieldProblemException(
                    "regionCode", "is not a known region; GET /api/regions lists the valid Kemendagri codes");
        }
        var agency = blankToNull(details.agencyCode());
        if (agency != null && agencies.find(agency).isEmpty()) {
            throw new FieldProblemException("agencyCode", "is not a known agency; GET /api/agencies lists the codes");
        }
        checkInstallation(details, id);
    }

    private void checkInstallation(IntegrationDetails details, Long id) {
        var installation = details.installation();
        if (installation == null) {
            return;
        }
        if (details.kind() != IntegrationKind.ADUAN_INSTALLATION) {
            throw new FieldProblemException(
                    "installation", "is only for an integration of kind ADUAN_INSTALLATION; leave it out");
        }
        for (var code : installation.servedAgencies()) {
            if (agencies.find(code).isEmpty()) {
                throw new FieldProblemException(
                        "installation.servedAgencies",
                        code + " is not a known agency; GET /api/agencies lists the codes");
            }
        }
        var taken = servedAgencies.findServedByOthers(installation.servedAgencies(), id == null ? -1 : id);
        if (!taken.isEmpty()) {
            throw new FieldProblemException(
                    HttpStatus.CONFLICT,
                    "Agency served elsewhere",
                    "installation.servedAgencies",
                    taken.get(0).getAgencyCode() + " is already served by integration "
                            + taken.get(0).getIntegrationId() + "; take it out of that installation's agencies first");
        }
    }

    private Integration find(long id) {
        return integrations.findById(id).orElseThrow(() -> new IntegrationNotFoundException("integration " + id));
    }

    private IntegrationKey newKey(Integration integration, String apiKey) {
        return new IntegrationKey(
                integration.getId(),
                apiKey.substring(0, Math.min(PREFIX_LENGTH, apiKey.length())),
                hash(apiKey),
                clock.instant());
    }

    private IntegrationView view(Integration integration) {
        var now = clock.instant();
        return new IntegrationView(
                integration.getId(),
                integration.getName(),
                integration.getKind(),
                integration.getRegionCode(),
                integration.getAgencyCode(),
                integration.getContact(),
                integration.getStatus(),
                integration.getCallbackUrl(),
                integration.isCallbackActive(),
                integration.getCallbackDisabledAt(),
                integration.getCallbackDisabledReason(),
                integration.getReportsPerHour(),
                integration.getRequestsPerMinute(),
                integration.getCreatedAt(),
                keys.findByIntegrationIdOrderById(integration.getId()).stream()
                        .map(key -> new IntegrationView.KeyView(
                                key.getId(),
                                key.getPrefix(),
                                key.getCreatedAt(),
                                key.getExpiresAt(),
                                key.getRevokedAt(),
                                key.isValidAt(now)))
                        .toList(),
                installationOf(integration));
    }

    private InstallationConnection.View installationOf(Integration integration) {
        if (integration.getRemoteUrl() == null) {
            return null;
        }
        return new InstallationConnection.View(
                integration.getRemoteUrl(),
                integration.getRemoteApiKey() != null,
                integration.getRemoteWebhookSecret() != null,
                integration.isSkipVerification(),
                servedAgencies.findServedBy(integration.getId()).stream()
                        .map(InstallationAgency::getAgencyCode)
                        .toList());
    }

    private static String newApiKey() {
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    /** A Standard Webhooks secret: {@code whsec_} and the base64 of the 32 bytes that key the signatures. */
    private static String newWebhookSecret() {
        return "whsec_" + Base64.getEncoder().encodeToString(randomBytes());
    }

    private static byte[] randomBytes() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String apiKey) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
