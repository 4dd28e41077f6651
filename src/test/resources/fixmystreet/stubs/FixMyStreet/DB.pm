package FixMyStreet::DB;
# STUB: Open311.pm needs
#   FixMyStreet::DB::Result::Problem->open_states / ->fixed_states (hashref in scalar context)
#   an object isa FixMyStreet::DB::Result::Body for the fixmystreet_body attribute
# States below are FMS's defaults (db/fixture.sql + built-ins).
use strict; use warnings;

package FixMyStreet::DB::Result::Problem;
my @open  = ('confirmed', 'investigating', 'in progress', 'planned', 'action scheduled');
my @fixed = ('fixed', 'fixed - user', 'fixed - council');
my @closed = ('unable to fix', 'not responsible', 'duplicate', 'internal referral', 'cancelled', 'closed');
sub open_states  { wantarray ? @open  : { map { $_ => 1 } @open } }
sub fixed_states { wantarray ? @fixed : { map { $_ => 1 } @fixed } }
sub closed_states { wantarray ? @closed : { map { $_ => 1 } @closed } }
sub visible_states { my @v = (@open, @fixed, @closed); wantarray ? @v : { map { $_ => 1 } @v } }

package FixMyStreet::DB::Result::Body;
sub new { my ($class, %a) = @_; bless { %a }, $class }
sub get_cobrand_handler { FixMyStreet::Cobrand->new }

1;
