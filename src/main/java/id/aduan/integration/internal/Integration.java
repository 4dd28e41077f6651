package id.aduan.integration.internal;

import id.aduan.integration.IntegrationKind;
import id.aduan.integration.IntegrationStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "integration")
public class Integration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private IntegrationKind kind;

    private String regionCode;

    private String agencyCode;

    private String contact;

    @Enumerated(EnumType.STRING)
    private IntegrationStatus status;

    private String callbackUrl;

    private String webhookSecret;

    private Instant callbackDisabledAt;

    private String callbackDisabledReason;

    private int reportsPerHour;

    private int requestsPerMinute;

    private Instant createdAt;

    private String remoteUrl;

    private String remoteApiKey;

    private String remoteWebhookSecret;

    private boolean skipVerification;

    @Version
    private long version;

    protected Integration() {}

    public Integration(String webhookSecret, Instant now) {
        this.webhookSecret = webhookSecret;
        this.status = IntegrationStatus.ACTIVE;
        this.createdAt = now;
    }

    /** Sets what administrators manage; saving calls a callback URL disabled after a 410 Gone again. */
    public void change(
            String name,
            IntegrationKind kind,
            String regionCode,
            String agencyCode,
            String contact,
            IntegrationStatus status,
            String callbackUrl,
            int reportsPerHour,
            int requestsPerMinute) {
        enableCallback();
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.agencyCode = agencyCode;
        this.contact = contact;
        this.status = status;
        this.callbackUrl = callbackUrl;
        this.reportsPerHour = reportsPerHour;
        this.requestsPerMinute = requestsPerMinute;
    }

    /**
     * Sets what another Aduan installation issued to this one and how the two share work, or clears it (all null) for
     * a partner of another kind. A null key or secret keeps the one saved.
     */
    public void connectInstallation(
            String remoteUrl, String remoteApiKey, String remoteWebhookSecret, boolean skipVerification) {
        this.remoteUrl = remoteUrl;
        if (remoteUrl == null || remoteApiKey != null) {
            this.remoteApiKey = remoteApiKey;
        }
        if (remoteUrl == null || remoteWebhookSecret != null) {
            this.remoteWebhookSecret = remoteWebhookSecret;
        }
        this.skipVerification = remoteUrl != null && skipVerification;
    }

    /** Suspends the partner (its keys open nothing) or makes it active again. */
    public void changeStatus(IntegrationStatus status) {
        this.status = status;
    }

    /** Calls the callback URL again for new events, after it was disabled. */
    public void enableCallback() {
        callbackDisabledAt = null;
        callbackDisabledReason = null;
    }

    /** Stops webhooks to the callback URL, for example after the receiver answered 410 Gone. */
    public void disableCallback(Instant now, String reason) {
        callbackDisabledAt = now;
        callbackDisabledReason = reason;
    }

    public void replaceWebhookSecret(String secret) {
        this.webhookSecret = secret;
    }

    /** Whether webhooks go out: a callback URL is set and has not been disabled, and the partner is not suspended. */
    public boolean isCallbackActive() {
        return callbackUrl != null && callbackDisabledAt == null && status == IntegrationStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IntegrationKind getKind() {
        return kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getContact() {
        return contact;
    }

    public IntegrationStatus getStatus() {
        return status;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public Instant getCallbackDisabledAt() {
        return callbackDisabledAt;
    }

    public String getCallbackDisabledReason() {
        return callbackDisabledReason;
    }

    public int getReportsPerHour() {
        return reportsPerHour;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRemoteUrl() {
        return remoteUrl;
    }

    public String getRemoteApiKey() {
        return remoteApiKey;
    }

    public String getRemoteWebhookSecret() {
        return remoteWebhookSecret;
    }

    public boolean isSkipVerification() {
        return skipVerification;
    }
}
