package id.aduan.stats;

import id.aduan.AduanPostgresTest;

/** The known data set of {@link PublishedFigures} on PostgreSQL, where the tallies are merged with its own SQL. */
@AduanPostgresTest
class PublishedFiguresPostgresIT extends PublishedFigures {}
