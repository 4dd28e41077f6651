package FixMyStreet;
# STUB (not FixMyStreet code): only what perllib/Open311.pm calls at run time.
#   FixMyStreet->config('O311_POLLING_INTERVAL' | 'O311_POLLING_MAX_TRIES' | 'DO_NOT_REPLY_EMAIL')
#   FixMyStreet->test_mode
use strict; use warnings;
our %CONFIG = (
    O311_POLLING_INTERVAL  => $ENV{O311_POLLING_INTERVAL} // 0,   # FMS default 2 (seconds)
    O311_POLLING_MAX_TRIES => $ENV{O311_POLLING_MAX_TRIES} // 2,  # FMS default 5
    DO_NOT_REPLY_EMAIL     => 'do-not-reply@example.org',
);
sub config { my ($class, $key) = @_; return $CONFIG{$key} }
sub test_mode { 0 }
sub local_time_zone { require DateTime::TimeZone; DateTime::TimeZone->new(name => 'UTC') }
1;
