package Utils;
# STUB: same behaviour as FMS Utils::truncate_coordinate (6 d.p., trailing zeros stripped).
use strict; use warnings;
sub truncate_coordinate {
    my $out = sprintf('%0.6f', shift);
    $out =~ s{\.?0+\z}{} if $out =~ m{\.};
    return $out;
}
1;
