package kr.corepolicy.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.web.i18n.Messages;
import kr.corepolicy.web.Jsonp;

/** Writes an RFC 9457 problem document from the authentication mechanism, before JAX-RS is reached. */
final class Problems {

    private Problems() {
    }

    static AuthenticationStatus send(HttpServletResponse response, int status, String key, Language language,
            HttpMessageContext context) throws IOException {
        return send(response, status, key, key, language, context);
    }

    /** A problem whose {@code code} ({@code csrf}, {@code unauthenticated}, …) has the message {@code auth.<detailKey>}. */
    static AuthenticationStatus send(HttpServletResponse response, int status, String code, String detailKey,
            Language language, HttpMessageContext context) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Jsonp.JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.get(language, "problem.title." + status))
                .add("status", status)
                .add("detail", Messages.get(language, "auth." + detailKey))
                .add("code", code)
                .build()
                .toString());
        response.flushBuffer();
        return AuthenticationStatus.SEND_FAILURE;
    }
}
