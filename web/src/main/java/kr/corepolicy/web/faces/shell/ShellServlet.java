package kr.corepolicy.web.faces.shell;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.web.security.ClientAddress;
import kr.corepolicy.web.security.SessionLanguage;

/**
 * The header's two actions, as plain form posts from every page in the layout:
 * <ul>
 * <li>{@code POST /shell/language} ({@code lang=ko|en}, {@code back=} the page to come back to): the session's
 * language, saved as the user's preference when signed in; then the same page again, with its query string.</li>
 * <li>{@code POST /shell/sign-out}: the sign-out is audited, the caller forgotten, the session ended; then the
 * sign-in page.</li>
 * </ul>
 * They were Faces command buttons in a form on every page: its components were built and rendered on every request
 * and were a third of an empty page in the layout (docs/performance.md), and on a page that keeps no view state the
 * switch rebuilt the whole page to run. A post from another site is refused before it gets here, as every post is
 * ({@code CorePolicyAuthenticationMechanism}, {@code AntiForgery}). Both work without a session too (web.xml: public):
 * a page left open after its session ended still switches the language or reaches the sign-in page.
 */
@WebServlet("/shell/*")
public class ShellServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where a switch without a usable {@code back} address ends: the home page. */
    static final String HOME = "/index.xhtml";

    private static final int LONGEST_ADDRESS = 2048;

    @Inject
    private transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/language" -> switchLanguage(request, response);
            case "/sign-out" -> signOut(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void switchLanguage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.of(request.getParameter("lang"));
        request.getSession().setAttribute(SessionLanguage.ATTRIBUTE, language);
        if (request.getUserPrincipal() != null) {
            accounts.choosePreferredLanguage(language);
        }
        response.sendRedirect(request.getContextPath() + localAddress(request.getParameter("back")));
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            accounts.recordSignOut(ClientAddress.of(request));
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }

    /**
     * {@code back} when it is an address inside this application ({@code /tasks/card.xhtml?id=3}), else the home
     * page: never another site ({@code //evil.example}, {@code /\evil.example}, {@code https://…}), never a header
     * split by a line break, never these actions themselves.
     */
    static String localAddress(String back) {
        if (back == null || back.isEmpty() || back.length() > LONGEST_ADDRESS || back.charAt(0) != '/'
                || back.startsWith("//") || back.startsWith("/shell/")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return HOME;
        }
        return back;
    }
}
