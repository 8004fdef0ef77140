package uz.daftar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rejects request bodies over the configured size with 413 before anything reads them; a body without a
 * declared length is cut off at the same limit while it is read. A {@link BodyAllowance} raises the limit for one path.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final Map<Pattern, Long> allowances;

    public RequestSizeLimit(long maxBytes) {
        this(maxBytes, List.of());
    }

    /** The limit, and larger ones for the paths of the allowances. */
    public RequestSizeLimit(long maxBytes, List<BodyAllowance> allowances) {
        this.defaultMaxBytes = maxBytes;
        this.allowances = allowances.stream().collect(Collectors.toMap(allowance -> pathPattern(allowance.path()),
                BodyAllowance::maxBytes, Math::max));
    }

    /** A path whose {@code *} stands for one path segment (a student id, say). */
    private static Pattern pathPattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private long maxBytesFor(String path) {
        return allowances.entrySet().stream().filter(allowance -> allowance.getKey().matcher(path).matches())
                .mapToLong(Map.Entry::getValue).max().orElse(defaultMaxBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytesFor(request.getRequestURI());
        if (request.getContentLengthLong() > maxBytes) {
            ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                    "The body has " + request.getContentLengthLong() + " bytes; at most " + maxBytes
                            + " are accepted.");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, maxBytes) : request, response);
    }

    /** Thrown while reading an undeclared-length body past the limit; mapped to 413. */
    public static class BodyTooLarge extends IOException {
        BodyTooLarge(long maxBytes) {
            super("The body is longer than the " + maxBytes + " bytes accepted.");
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new BodyTooLarge(maxBytes);
                    }
                    return b;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
