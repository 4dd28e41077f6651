package id.aduan.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Who a rate limit counts as one client: an IPv4 address, or the first 64 bits of an IPv6 address, since a
 * household or a phone gets a whole /64 from its provider and may use any address in it. An IPv4 address written
 * as IPv6 ({@code ::ffff:203.0.113.7}) is that IPv4 address.
 */
final class ClientAddress {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** Hex digits, colons and dots only, starting with one of the first two: Java parses it, never looks it up. */
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9a-fA-F:][0-9a-fA-F:.]{1,44}");

    private static final int IPV6_PREFIX_BYTES = 8;
    /** Anything else (a proxy's mistake): kept as it is, but no longer than this. */
    private static final int OTHER_MAX_LENGTH = 64;

    private ClientAddress() {}

    /** The client of a request's remote address, such as {@code 203.0.113.7} or {@code 2001:db8:1:2:0:0:0:0/64}. */
    static String of(String remoteAddress) {
        var address = withoutZone(remoteAddress.strip());
        if (IPV4.matcher(address).matches()) {
            return address;
        }
        if (IPV6.matcher(address).matches()) {
            try {
                var parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet4Address mapped) {
                    return mapped.getHostAddress();
                }
                var prefix = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(prefix, IPV6_PREFIX_BYTES, prefix.length, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            } catch (UnknownHostException notAnAddress) {
                // counted as written, below
            }
        }
        return address.length() > OTHER_MAX_LENGTH ? address.substring(0, OTHER_MAX_LENGTH) : address;
    }

    private static String withoutZone(String address) {
        var zone = address.indexOf('%');
        return zone < 0 ? address : address.substring(0, zone);
    }
}
