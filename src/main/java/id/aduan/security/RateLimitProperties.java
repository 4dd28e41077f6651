package id.aduan.security;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits per client ({@link ClientAddress}) and per report ({@code aduan.rate-limits.*}), shared by every node
 * through the database. Each allows its number of events at once and one more every {@code window / number}, so
 * that no more than the number happen in any window once a client has used them up. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that the client's address is the one counted.
 *
 * @param submissions reports a client may file
 * @param rejectedTokens wrong access tokens a client may send before further wrong ones are refused
 * @param rejectedTokensPerReport wrong access tokens for one report, from anyone, before further wrong ones are refused
 * @param failedSignIns failed sign-ins of a client as one account (staff API, {@code /engine-rest}, Camunda's
 *     webapps) before its further sign-ins as that account are refused
 * @param failedSignInsPerClient failed sign-ins of a client as any account before all its sign-ins are refused
 * @param accessLinks requests for a new private link by e-mail a client may send
 * @param accessLinksPerReport new private links e-mailed to one report's reporter, for requests with their own
 *     address
 * @param window the time in which each number is allowed
 */
@ConfigurationProperties(prefix = "aduan.rate-limits")
@Validated
public record RateLimitProperties(
        @DefaultValue("30") @Positive int submissions,
        @DefaultValue("20") @Positive int rejectedTokens,
        @DefaultValue("10") @Positive int rejectedTokensPerReport,
        @DefaultValue("10") @Positive int failedSignIns,
        @DefaultValue("100") @Positive int failedSignInsPerClient,
        @DefaultValue("10") @Positive int accessLinks,
        @DefaultValue("3") @Positive int accessLinksPerReport,
        @DefaultValue("PT1H") Duration window) {}
