package id.aduan.sms;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What one number may send by SMS ({@code aduan.sms.limits.*}), counted in the shared rate-limit buckets: each allows
 * its number at once and one more every window divided by the number. A report beyond its limit is answered with when
 * the next one may come; SMS beyond theirs are not handled, and the number is told so once an hour.
 *
 * @param reportsPerDay new reports a number may file in a day
 * @param commandsPerHour SMS a number may send in an hour, reports included
 */
@ConfigurationProperties(prefix = "aduan.sms.limits")
@Validated
public record SmsLimitProperties(
        @DefaultValue("10") @Positive int reportsPerDay,
        @DefaultValue("30") @Positive int commandsPerHour) {}
