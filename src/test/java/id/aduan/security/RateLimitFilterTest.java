package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

    private final MutableClock clock = new MutableClock();
    private final RateLimitFilter filter =
            new RateLimitFilter(new RateLimitProperties(3, 2, Duration.ofHours(1)), clock, new ObjectMapper());

    private MockHttpServletResponse submit(String address) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/complaints");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private MockHttpServletResponse view(String address, String token, int status, boolean publicView)
            throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/complaints/ADU-7K3M-9QXH");
        request.setRemoteAddr(address);
        request.addHeader("X-Access-Token", token);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            ((HttpServletResponse) res).setStatus(status);
            if (publicView) {
                TokenAttempts.markRejected((jakarta.servlet.http.HttpServletRequest) req);
            }
        });
        return response;
    }

    @Test
    void refusesReportsBeyondTheLimitOfAnAddressUntilTheWindowEnds() throws Exception {
        // given three reports from one address
        for (var report = 0; report < 3; report++) {
            assertThat(submit("203.0.113.7").getStatus()).isEqualTo(200);
        }

        // when a fourth comes
        var refused = submit("203.0.113.7");

        // then it is refused with a problem detail, while other addresses go on
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("Too many reports");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(submit("198.51.100.1").getStatus()).isEqualTo(200);

        // and after the window the address may report again
        clock.advance(Duration.ofMinutes(61));
        assertThat(submit("203.0.113.7").getStatus()).isEqualTo(200);
    }

    @Test
    void refusesTokensFromAnAddressThatGuessedWrongTooOften() throws Exception {
        // given two wrong tokens: one answered with the public view, one with 404
        view("203.0.113.7", "guess-1", 200, true);
        view("203.0.113.7", "guess-2", 404, false);

        // then even a further request is refused before it reaches the report
        var refused = view("203.0.113.7", "guess-3", 200, false);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Too many wrong access tokens");
    }

    @Test
    void refusesTheReportPagesToAnAddressThatGuessedWrongTooOften() throws Exception {
        // given two wrong tokens tried on the API
        view("203.0.113.7", "guess-1", 200, true);
        view("203.0.113.7", "guess-2", 200, true);

        // when the same address tries a report page with a cookie, which carries no token header
        var request = new MockHttpServletRequest("GET", "/laporan/ADU-7K3M-9QXH");
        request.setRemoteAddr("203.0.113.7");
        var refused = new MockHttpServletResponse();
        filter.doFilter(request, refused, new MockFilterChain());

        // then it is refused too, while filing a report is not
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(submit("203.0.113.7").getStatus()).isEqualTo(200);
    }

    @Test
    void doesNotCountRightTokens() throws Exception {
        for (var visit = 0; visit < 5; visit++) {
            assertThat(view("203.0.113.7", "right", 200, false).getStatus()).isEqualTo(200);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-16T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
