package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter =
            new RequestBodyLimitFilter(DataSize.ofMegabytes(1), DataSize.ofMegabytes(25), new ObjectMapper());

    @Test
    void refusesAJsonBodyLargerThanTheApisLimit() throws Exception {
        // when
        var answer = filter(request("application/json", DataSize.ofMegabytes(2)));

        // then
        assertThat(answer.getStatus()).isEqualTo(413);
        assertThat(answer.getContentAsString()).contains("larger than 1024 KB; shorten the texts.");
    }

    @Test
    void letsAPartnersReportWithPhotosThroughUpToWhatTheServletContainerReadsOfAnUpload() throws Exception {
        // given three photos of 5 MB each, as the partner API takes them with a report
        var request = request("multipart/form-data; boundary=x", DataSize.ofMegabytes(16));

        // when
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);

        // then
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void refusesAMultipartBodyLargerThanTheServletContainerReadsOfAnUpload() throws Exception {
        // when
        var answer = filter(request("Multipart/Form-Data; boundary=x", DataSize.ofMegabytes(26)));

        // then
        assertThat(answer.getStatus()).isEqualTo(413);
        assertThat(answer.getContentAsString()).contains("larger than 25600 KB; send fewer or smaller files.");
    }

    private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("passed on").isNull();
        return response;
    }

    private static MockHttpServletRequest request(String contentType, DataSize length) {
        var request = new MockHttpServletRequest("POST", "/api/partner/v1/reports") {
            @Override
            public long getContentLengthLong() {
                return length.toBytes();
            }
        };
        request.setContentType(contentType);
        return request;
    }
}
