package id.aduan.integration;

/**
 * A partner system, authenticated by its API key: whom a request of the partner API or Open311 comes from.
 *
 * @param regionCode the region it speaks for (a Kemendagri code), if any
 * @param agencyCode the agency it speaks for, if any
 * @param requestsPerMinute its quota of requests of any kind, as it stood when its key was checked
 * @param reportsPerHour its quota of new reports, as it stood when its key was checked
 */
public record Partner(
        long id,
        String name,
        IntegrationKind kind,
        String regionCode,
        String agencyCode,
        int requestsPerMinute,
        int reportsPerHour) {}
