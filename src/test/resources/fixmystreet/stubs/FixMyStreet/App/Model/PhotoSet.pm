package FixMyStreet::App::Model::PhotoSet;
# STUB: only used by Open311->add_media (fetched update photos).
use strict; use warnings;
sub new { my ($class, $a) = @_; bless { %$a }, $class }
sub data { my $s = shift; join ',', map { length } @{ $s->{data_items} || [] } }
1;
