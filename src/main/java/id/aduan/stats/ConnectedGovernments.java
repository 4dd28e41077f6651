package id.aduan.stats;

import java.time.Instant;

/**
 * How many of the regencies and cities in this installation's agency hierarchy are connected in a year: "8 of 10
 * regencies and cities connected" (docs/statistics.md, Connected governments).
 *
 * @param connected the regency and city governments that are connected that year
 * @param governments every regency and city government in the hierarchy
 * @param asOf when this was counted (it is kept for up to a minute)
 */
public record ConnectedGovernments(int year, long connected, long governments, Instant asOf) {}
