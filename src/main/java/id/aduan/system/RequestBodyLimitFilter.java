package id.aduan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies of Aduan's JSON API larger than {@code aduan.api.max-body-size} (413), whether they
 * announce their length or stream it, before anything reads them into memory. A {@code multipart/form-data} body (a
 * partner's report with its photos) may be as large as the servlet container reads of one
 * ({@code spring.servlet.multipart.max-request-size}), which writes its files to disk as it reads them.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final Limit body;
    private final Limit multipart;
    private final ObjectMapper json;

    RequestBodyLimitFilter(DataSize limit, DataSize multipartLimit, ObjectMapper json) {
        this.body = Limit.of(limit.toBytes(), "shorten the texts.");
        this.multipart = Limit.of(Math.max(limit.toBytes(), multipartLimit.toBytes()), "send fewer or smaller files.");
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var limit = isMultipart(request) ? multipart : body;
        if (request.getContentLengthLong() > limit.bytes()) {
            var problem = ProblemDetails.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", limit.tooLarge());
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit.bytes(), limit.tooLarge()), response);
    }

    /**
     * A limit of a body's size, with what the refusal says.
     *
     * @param bytes the most a body may have
     * @param tooLarge the refusal's detail: the limit, and what to do
     */
    private record Limit(long bytes, String tooLarge) {

        static Limit of(long bytes, String advice) {
            return new Limit(
                    bytes,
                    "The request body is larger than " + DataSize.ofBytes(bytes).toKilobytes() + " KB; " + advice);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        var contentType = request.getContentType();
        return contentType != null
                && contentType.regionMatches(
                        true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0, MediaType.MULTIPART_FORM_DATA_VALUE.length());
    }

    /** A request whose body stream fails once more than the limit was read. */
    private final class LimitedRequest extends HttpServletRequestWrapper {

        private final long allowed;
        private final String tooLarge;

        LimitedRequest(HttpServletRequest request, long allowed, String tooLarge) {
            super(request);
            this.allowed = allowed;
            this.tooLarge = tooLarge;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    var next = body.read();
                    if (next >= 0 && ++read > allowed) {
                        throw new RequestBodyTooLargeException(tooLarge);
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    var count = body.read(buffer, offset, length);
                    if (count > 0 && (read += count) > allowed) {
                        throw new RequestBodyTooLargeException(tooLarge);
                    }
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }

    /** Thrown while reading a body past the limit; answered with 413. */
    static final class RequestBodyTooLargeException extends IOException {
        RequestBodyTooLargeException(String message) {
            super(message);
        }
    }
}
