package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

    @Test
    void countsAnIpv4AddressAsOneClient() {
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.8")).isNotEqualTo(ClientAddress.of("203.0.113.7"));
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8:1:2::1, 2001:db8:1:2:ffff:ffff:ffff:ffff",
        "2001:db8:1:2::1, 2001:0db8:0001:0002:abcd:0:0:1",
        "2001:DB8:1:2::1, 2001:db8:1:2::1",
        "fe80::1%eth0, fe80::2"
    })
    void countsTheAddressesOfAnIpv6Slash64AsOneClient(String address, String sameNetwork) {
        assertThat(ClientAddress.of(address)).isEqualTo(ClientAddress.of(sameNetwork));
    }

    @Test
    void namesAnIpv6ClientByItsSlash64() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:0/64");
    }

    @ParameterizedTest
    @CsvSource({"::ffff:203.0.113.7", "0:0:0:0:0:ffff:cb00:7107", "::FFFF:203.0.113.7"})
    void countsAnIpv4AddressWrittenAsIpv6AsThatIpv4Address(String mapped) {
        assertThat(ClientAddress.of(mapped)).isEqualTo("203.0.113.7");
    }

    @ParameterizedTest
    @CsvSource({"unknown", "localhost", "999.1.1.1", "cafe", "g::1"})
    void keepsWhatIsNoAddressAsWrittenWithoutLookingItUp(String notAnAddress) {
        assertThat(ClientAddress.of(notAnAddress)).isEqualTo(notAnAddress);
    }

    @Test
    void cutsWhatIsNoAddressToABoundedLength() {
        assertThat(ClientAddress.of("x".repeat(500))).hasSize(64);
    }
}
