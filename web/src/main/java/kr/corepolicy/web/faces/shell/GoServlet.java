package kr.corepolicy.web.faces.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.corepolicy.domain.notification.LinkTarget;
import kr.corepolicy.web.LinkPages;

/**
 * {@code /go/APPROVAL_DOCUMENT/12}: the address an e-mail links to (see {@link LinkTarget#route()}), sent on to
 * the page that shows the target. It reveals nothing itself: the page decides who may read what, and an unknown
 * target is a 404.
 */
@WebServlet("/go/*")
public class GoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        LinkTarget target = LinkTarget.parse(path.replace('/', ':')).orElse(null);
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + LinkPages.pageOf(target));
    }
}
