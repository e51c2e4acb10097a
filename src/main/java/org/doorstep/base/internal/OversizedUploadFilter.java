package org.doorstep.base.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart upload past spring.servlet.multipart's limits fails the first time anyone reads a parameter (Vaadin's
 * request matchers, inside Spring Security), and Tomcat would log that and the error page's retry as two stack
 * traces. Here it is one line and a plain 413. Vaadin's own upload sends the file raw, not as multipart, and the
 * import's parser names what is too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OversizedUploadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedUploadFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            SizeException tooLarge = sizeLimit(failure);
            if (tooLarge == null || response.isCommitted()) {
                throw failure;
            }
            log.info("Upload refused: {} bytes, more than the {} allowed ({} {})", tooLarge.getActualSize(),
                    tooLarge.getPermittedSize(), request.getMethod(), request.getRequestURI());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The upload is larger than " + tooLarge.getPermittedSize() + " bytes.");
        }
    }

    private static @Nullable SizeException sizeLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SizeException size) {
                return size;
            }
        }
        return null;
    }
}
