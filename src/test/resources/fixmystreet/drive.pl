#!/usr/bin/perl
# Drives FixMyStreet's own Open311 client (perllib/Open311.pm of mysociety/fixmystreet, unchanged) against Aduan, as
# FixMyStreet's cron jobs do, for Open311FixMyStreetClientIT. The stubs beside it stand in for the parts of FixMyStreet that
# Open311.pm touches (configuration, cobrand, database states). Prints tab-separated lines; on a failure the client's
# error and exit code 2.
#
#   perl -I<dir of Open311.pm> -Istubs drive.pl ENDPOINT/ API_KEY COMMAND [ARGS]
#   COMMAND: services | file | status ID | updates START END | post ID
use strict;
use warnings;
use utf8;
use DateTime;
use Open311;

binmode STDOUT, ':encoding(UTF-8)';

my ($endpoint, $api_key, $command, @args) = @ARGV;
die "usage: $0 ENDPOINT/ API_KEY COMMAND [ARGS]\n" unless $command;

# Stand-ins for FixMyStreet's database rows (problem, comment, user): a method returns the field of its name.
package Row {
    our $AUTOLOAD;
    sub new { my ($class, %fields) = @_; bless {%fields}, $class }
    sub AUTOLOAD {
        my $self = shift;
        (my $name = $AUTOLOAD) =~ s/.*:://;
        return if $name eq 'DESTROY';
        my $value = $self->{$name};
        return $value->($self, @_) if ref $value eq 'CODE';
        $self->{$name} = $value = shift if @_;
        return $value;
    }
}
package main;

my $client = Open311->new(
    endpoint => $endpoint,
    api_key => $api_key,
    jurisdiction => 'aduan',
    fixmystreet_body => FixMyStreet::DB::Result::Body->new(name => 'Aduan'));

my $user = Row->new(email => 'ann@example.org', name => 'Ann Example', phone => '');
my $problem = Row->new(
    id => 4242, title => 'Lampu jalan padam di Jalan Sudirman', detail => "Sudah seminggu gelap di malam hari.",
    name => 'Ann Example', user => $user, phone_waste => undef, latitude => -2.9761, longitude => 104.7754,
    used_map => 1, postcode => '', cobrand => 'default', service => '', uprn => undef, send_fail_count => 0,
    external_id => $args[0], state => 'confirmed', non_public => 0, cobrand_data => '',
    get_extra_fields => sub { [ { name => 'region', value => '16.71' }, { name => 'hazards', value => ['kerb', 'water'] } ] },
    get_extra_metadata => sub { undef },
    bodies => sub { {} });

sub done {
    my ($result) = @_;
    return $result if $client->success;
    my $error = $client->error;
    utf8::decode($error);
    $error =~ s/\s+/ /g;
    print "error\t$error\n";
    exit 2;
}

if ($command eq 'services') {
    for my $service (@{ done($client->get_service_list)->{service} }) {
        print join("\t", 'service', $service->{service_code}, $service->{service_name},
            join(',', @{ $service->{group} || [] }), $service->{metadata}), "\n";
    }
    for my $attribute (@{ done($client->get_service_meta_info('ROADS'))->{attributes} }) {
        print join("\t", 'attribute', $attribute->{code}, $attribute->{datatype}, $attribute->{required},
            scalar @{ $attribute->{values} || [] }), "\n";
    }
} elsif ($command eq 'file') {
    my $extra = { url => 'http://fms.example.org/report/4242',
        image_url => 'http://fms.example.org/photo/4242.0.full.jpeg' };
    print "request\t", done($client->send_service_request($problem, $extra, 'ELECTRICITY')), "\n";
} elsif ($command eq 'status') {
    for my $request (@{ done($client->get_service_requests({ report_ids => [ $args[0] ] })) || [] }) {
        print join("\t", 'request', $request->{service_request_id}, $request->{status}, $request->{status_notes},
            $request->{updated_datetime}), "\n";
    }
} elsif ($command eq 'updates') {
    for my $update (@{ done($client->get_service_request_updates(@args)) || [] }) {
        print join("\t", 'update', $update->{update_id}, $update->{service_request_id}, $client->map_state($update->{status}),
            $update->{description}), "\n";
    }
} elsif ($command eq 'post') {
    my $comment = Row->new(
        id => 777, text => "Masih gelap.\nTolong segera.", name => 'Ann Example', user => $user,
        problem => $problem, problem_state => 'confirmed', mark_open => 0, photo => undef,
        confirmed => DateTime->now, extra => {}, cobrand => 'default', cobrand_data => '',
        get_extra_metadata => sub { {} }, get_cobrand_logged => sub { FixMyStreet::Cobrand->new },
        send_fail_count => 0);
    print "update\t", done($client->post_service_request_update($comment)), "\n";
} else {
    die "unknown command $command\n";
}
