package uz.daftar.platform.web;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit(10,
            List.of(new BodyAllowance("/api/v1/receipts/verification", 100),
                    new BodyAllowance("/api/v1/students/*/reading-attempts", 50)));

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws ServletException, IOException {
        assertThat(status("/api/v1/students", 11)).isEqualTo(413);
        assertThat(status("/api/v1/students", 10)).isEqualTo(200);
    }

    @Test
    void anAllowanceRaisesTheLimitForItsPathOnly() throws ServletException, IOException {
        assertThat(status("/api/v1/receipts/verification", 100)).isEqualTo(200);
        assertThat(status("/api/v1/receipts/verification", 101)).isEqualTo(413);
        assertThat(status("/api/v1/receipts/verification/other", 11)).isEqualTo(413);
    }

    @Test
    void aStarInAnAllowanceStandsForOnePathSegment() throws ServletException, IOException {
        assertThat(status("/api/v1/students/stu-1/reading-attempts", 50)).isEqualTo(200);
        assertThat(status("/api/v1/students/stu-1/reading-attempts", 51)).isEqualTo(413);
        assertThat(status("/api/v1/students/a/b/reading-attempts", 11)).isEqualTo(413);
        assertThat(status("/api/v1/students/stu-1/guardians", 11)).isEqualTo(413);
    }

    private int status(String path, int bytes) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
