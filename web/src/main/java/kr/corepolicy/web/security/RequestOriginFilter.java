package kr.corepolicy.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.corepolicy.service.audit.RequestOrigin;

/**
 * Hands the client address of each request to the service layer, so that every audit event of the request
 * says where it came from. The address is the connection's: a forwarded-for header is not trusted, since any
 * client could write one.
 */
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setAddress(ClientAddress.of(request));
        chain.doFilter(request, response);
    }
}
