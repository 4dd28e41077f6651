package FixMyStreet::Cobrand;
# STUB: Open311.pm only `use`s this. A minimal cobrand object with call_hook is
# provided for post_service_request_update (open311_munge_update_params hook).
use strict; use warnings;
sub new { bless {}, shift }
sub call_hook { return }          # no cobrand-specific munging
sub base_url { 'http://fms.example.org' }
1;
