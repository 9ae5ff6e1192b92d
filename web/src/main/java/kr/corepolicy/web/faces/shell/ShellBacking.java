package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.CurrentUser;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.QueueCounts;
import kr.corepolicy.service.notification.NotificationService;
import kr.corepolicy.service.platform.CorePolicyConfigSource;
import kr.corepolicy.web.security.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the header shows on every page, and sign-out. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private ApprovalService approvals;

    @Inject
    private NotificationService notifications;

    private QueueCounts counts;
    private Long unread;


    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DEMO, defaultValue = "false")
    private boolean demo;

    private Optional<CurrentUser> user;

    /** The signed-in user, loaded once per request; empty on public pages. */
    public CurrentUser getUser() {
        if (user == null) {
            user = external().getUserPrincipal() == null ? Optional.empty() : Optional.of(accounts.currentUser());
        }
        return user.orElse(null);
    }

    /** The header's approval counts (waiting for me, returned to me), once per request. */
    public QueueCounts getCounts() {
        if (counts == null) {
            counts = getUser() == null ? new QueueCounts(0, 0) : approvals.counts();
        }
        return counts;
    }

    /** How many of my notifications are unread, once per request. */
    public long getUnread() {
        if (unread == null) {
            unread = getUser() == null ? 0L : notifications.unreadCount();
        }
        return unread;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean hasRole(String role) {
        return external().isUserInRole(role);
    }

    /** Ends the session: the audit trail records it, the caller is forgotten, the session is destroyed. */
    public void signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external().getRequest();
        if (request.getUserPrincipal() != null) {
            accounts.recordSignOut(ClientAddress.of(request));
        }
        request.logout();
        external().invalidateSession();
        external().redirect(external().getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
