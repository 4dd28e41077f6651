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
 * announce their length or stream it, before anything reads them into memory.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ObjectMapper json;

    RequestBodyLimitFilter(DataSize limit, ObjectMapper json) {
        this.limit = limit.toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            var problem = ProblemDetails.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", tooLarge());
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private String tooLarge() {
        return "The request body is larger than " + DataSize.ofBytes(limit).toKilobytes() + " KB; shorten the texts.";
    }

    /** A request whose body stream fails once more than the limit was read. */
    private final class LimitedRequest extends HttpServletRequestWrapper {

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    var next = body.read();
                    if (next >= 0 && ++read > limit) {
                        throw new RequestBodyTooLargeException(tooLarge());
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    var count = body.read(buffer, offset, length);
                    if (count > 0 && (read += count) > limit) {
                        throw new RequestBodyTooLargeException(tooLarge());
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
