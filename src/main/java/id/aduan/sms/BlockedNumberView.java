package id.aduan.sms;

import java.time.Instant;

/**
 * A blocked number as administrators see it in the list: masked ({@code +62812****7890}), like every number shown.
 *
 * @param blockedBy the staff member who blocked it
 */
public record BlockedNumberView(long id, String phone, String reason, String blockedBy, Instant blockedAt) {}
