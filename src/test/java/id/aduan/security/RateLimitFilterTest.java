package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which requests the reporters' limits count and refuse: 3 reports, 2 wrong tokens per client, 3 per report, an hour.
 */
class RateLimitFilterTest {

    private static final String CLIENT = "203.0.113.7";
    private static final String PUBLIC_VIEW = "{\"title\":\"Jalan rusak\"}";
    private static final String REPORTERS_VIEW = "{\"title\":\"Jalan rusak\",\"reporter\":\"Budi\"}";

    private final TestRateLimits test = new TestRateLimits(3, 2, 3, 20);
    private final RateLimitFilter filter = new RateLimitFilter(test.limits, new ObjectMapper());

    @Test
    void refusesReportsBeyondTheLimitOfAnAddressUntilTheNextIsDue() throws Exception {
        // given three reports filed from one address
        for (var report = 0; report < 3; report++) {
            assertThat(fileOnTheApi(CLIENT, 201).getStatus()).isEqualTo(201);
        }

        // when a fourth comes
        var refused = fileOnTheApi(CLIENT, 201);

        // then it is refused with a problem detail, while other addresses go on
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("Too many reports");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 1200L);
        assertThat(fileOnTheApi("198.51.100.1", 201).getStatus()).isEqualTo(201);

        // and the address may file again once a report is due again (3 an hour)
        test.clock.advance(Duration.ofMinutes(20));
        assertThat(fileOnTheApi(CLIENT, 201).getStatus()).isEqualTo(201);
    }

    @Test
    void doesNotCountFormsAndRequestsThatCameBackWithMistakes() throws Exception {
        // given many forms on the page and requests on the API that filed nothing
        for (var mistake = 0; mistake < 10; mistake++) {
            assertThat(fileOnThePage(CLIENT, 200).getStatus()).isEqualTo(200);
            assertThat(fileOnTheApi(CLIENT, 400).getStatus()).isEqualTo(400);
        }

        // when the address files its three reports on the page
        for (var report = 0; report < 3; report++) {
            assertThat(fileOnThePage(CLIENT, 302).getStatus()).isEqualTo(302);
        }

        // then only these count, and the page refuses the next with the error page
        var refused = fileOnThePage(CLIENT, 302);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(refused.getContentAsString()).isEmpty();
    }

    @Test
    void answersTheRightTokenAndNoTokenForAnAddressThatSentTooManyWrongOnes() throws Exception {
        // given an address that sent two wrong tokens, for two reports
        assertThat(openWithWrongToken(CLIENT, "ADU-AAAA-AAAA").getStatus()).isEqualTo(200);
        assertThat(openWithWrongToken(CLIENT, "ADU-BBBB-BBBB").getStatus()).isEqualTo(200);

        // when it opens a report with the right token, and without one
        var reporter = answer(
                request(CLIENT, "/api/complaints/ADU-CCCC-CCCC").header("X-Access-Token", "right"),
                200,
                false,
                REPORTERS_VIEW);
        var anyone = answer(request(CLIENT, "/api/complaints/ADU-AAAA-AAAA"), 200, false, PUBLIC_VIEW);

        // then both are answered, in full
        assertThat(reporter.getStatus()).isEqualTo(200);
        assertThat(reporter.getContentAsString()).isEqualTo(REPORTERS_VIEW);
        assertThat(anyone.getStatus()).isEqualTo(200);
        assertThat(anyone.getContentAsString()).isEqualTo(PUBLIC_VIEW);
    }

    @Test
    void refusesAWrongTokenBeyondTheAddresssLimitInsteadOfThePublicView() throws Exception {
        // given
        openWithWrongToken(CLIENT, "ADU-AAAA-AAAA");
        openWithWrongToken(CLIENT, "ADU-BBBB-BBBB");

        // when
        var refused = openWithWrongToken(CLIENT, "ADU-CCCC-CCCC");

        // then
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString())
                .contains("Too many wrong access tokens")
                .doesNotContain("Jalan rusak");
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(openWithWrongToken("198.51.100.1", "ADU-CCCC-CCCC").getStatus())
                .isEqualTo(200);
    }

    @Test
    void refusesWrongTokensForAReportBeyondItsLimitFromEveryAddressButNotItsReporter() throws Exception {
        // given three wrong tokens for one report, each from another address
        for (var address : new String[] {"198.51.100.1", "198.51.100.2", "198.51.100.3"}) {
            assertThat(openWithWrongToken(address, "ADU-AAAA-AAAA").getStatus()).isEqualTo(200);
        }

        // then a fourth is refused, from a fresh address too, while its reporter is answered
        assertThat(openWithWrongToken("198.51.100.4", "ADU-AAAA-AAAA").getStatus())
                .isEqualTo(429);
        var reporter = answer(
                request("198.51.100.4", "/api/complaints/ADU-AAAA-AAAA").header("X-Access-Token", "right"),
                200,
                false,
                REPORTERS_VIEW);
        assertThat(reporter.getContentAsString()).isEqualTo(REPORTERS_VIEW);
    }

    @Test
    void countsWrongTokensForAReportHoweverItsTrackingIdIsSpelledInTheAddress() throws Exception {
        // given three wrong tokens for one report, its tracking ID percent-encoded and in lower case
        for (var spelling : new String[] {"ADU-AAAA-%41AAA", "adu-aaaa-aaaa", "ADU-AAAA-AAAA;x=1"}) {
            assertThat(openWithWrongToken("198.51.100." + spelling.length(), spelling)
                            .getStatus())
                    .isEqualTo(200);
        }

        // then a fourth is refused, as for three wrong tokens spelled alike
        assertThat(openWithWrongToken("198.51.100.99", "ADU-AAAA-AAAA").getStatus())
                .isEqualTo(429);
    }

    @Test
    void countsWrongTokensThatEndIn404AndWrongCookiesAndLinksOnThePages() throws Exception {
        // given a wrong token on an answer of the API (404), and a wrong cookie on a page
        var action = request(CLIENT, "/api/complaints/ADU-AAAA-AAAA/messages").header("X-Access-Token", "guess");
        action.setMethod("POST");
        assertThat(answer(action, 404, false, "{}").getStatus()).isEqualTo(404);
        var page = request(CLIENT, "/laporan/ADU-BBBB-BBBB");
        page.setCookies(new Cookie(TokenAttempts.COOKIE, "guess"));
        assertThat(answer(page, 200, true, "<html>").getStatus()).isEqualTo(200);

        // when a wrong private link comes next
        var link = request(CLIENT, "/laporan/ADU-CCCC-CCCC");
        link.setParameter(TokenAttempts.LINK_PARAMETER, "guess");
        var refused = answer(link, 200, true, "<html>");

        // then it gets the error page instead of the report
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).isEmpty();
        assertThat(refused.getHeader("Retry-After")).isNotNull();
    }

    @Test
    void countsEveryRequestForANewLinkFromAnAddressOnTheApiAndThePage() throws Exception {
        // given the requests for new links that an address may send (4 an hour), for any reports
        assertThat(askForLinkOnTheApi(CLIENT, "ADU-AAAA-AAAA").getStatus()).isEqualTo(202);
        assertThat(askForLinkOnThePage(CLIENT, "ADU-BBBB-BBBB").getStatus()).isEqualTo(302);
        assertThat(askForLinkOnTheApi(CLIENT, "ADU-CCCC-CCCC").getStatus()).isEqualTo(202);
        assertThat(askForLinkOnThePage(CLIENT, "ADU-DDDD-DDDD").getStatus()).isEqualTo(302);

        // when it sends another
        var refused = askForLinkOnTheApi(CLIENT, "ADU-EEEE-EEEE");

        // then it is refused, while another address asks for the same report
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Too many requests for a new link");
        assertThat(askForLinkOnTheApi("198.51.100.1", "ADU-EEEE-EEEE").getStatus())
                .isEqualTo(202);
    }

    private MockHttpServletResponse askForLinkOnTheApi(String address, String trackingId) throws Exception {
        var request = request(address, "/api/complaints/" + trackingId + "/access-link");
        request.setMethod("POST");
        return answer(request, 202, false, "{}");
    }

    private MockHttpServletResponse askForLinkOnThePage(String address, String trackingId) throws Exception {
        var request = request(address, "/lacak");
        request.setMethod("POST");
        request.setParameter("trackingId", trackingId);
        return answer(request, 302, false, "");
    }

    private MockHttpServletResponse fileOnTheApi(String address, int status) throws Exception {
        var request = request(address, "/api/complaints");
        request.setMethod("POST");
        return answer(request, status, false, "{}");
    }

    private MockHttpServletResponse fileOnThePage(String address, int status) throws Exception {
        var request = request(address, "/lapor");
        request.setMethod("POST");
        return answer(request, status, false, "");
    }

    private MockHttpServletResponse openWithWrongToken(String address, String trackingId) throws Exception {
        return answer(
                request(address, "/api/complaints/" + trackingId).header("X-Access-Token", "guess"),
                200,
                true,
                PUBLIC_VIEW);
    }

    /** Runs the request through the filter to an application that answers it so, saying whether a token was wrong. */
    private MockHttpServletResponse answer(MockHttpServletRequest request, int status, boolean rejected, String body)
            throws Exception {
        var response = new MockHttpServletResponse();
        FilterChain application = (req, res) -> {
            if (rejected) {
                TokenAttempts.markRejected((HttpServletRequest) req);
            }
            ((HttpServletResponse) res).setStatus(status);
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
        filter.doFilter(request, response, application);
        return response;
    }

    private static RequestWithHeaders request(String address, String path) {
        var request = new RequestWithHeaders(path);
        request.setRemoteAddr(address);
        return request;
    }

    /** A GET request whose headers can be chained. */
    private static final class RequestWithHeaders extends MockHttpServletRequest {

        RequestWithHeaders(String path) {
            super("GET", path);
        }

        RequestWithHeaders header(String name, String value) {
            addHeader(name, value);
            return this;
        }
    }
}
