package FixMyStreet::ImageMagick;
# STUB: only used by Open311->add_media; dies so add_media keeps the raw blob.
use strict; use warnings;
sub new { die "ImageMagick stub\n" }
1;
