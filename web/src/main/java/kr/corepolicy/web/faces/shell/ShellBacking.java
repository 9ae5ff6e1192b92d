package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.CurrentUser;
import kr.corepolicy.service.inbox.InboxCountService;
import kr.corepolicy.service.inbox.InboxCounts;
import kr.corepolicy.service.platform.CorePolicyConfigSource;
import kr.corepolicy.web.security.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the header shows on every page, and sign-out. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    /**
     * Asked for only when needed (a minute's first page, sign-out): Payara loads the bean's class under the class
     * loader's lock for every new reference to an EJB, so the header makes none it does not use.
     */
    @Inject
    private Instance<AccountService> accounts;

    @Inject
    private InboxCountService inbox;

    @Inject
    private SignedInUser signedIn;

    private InboxCounts counts;
    private boolean countedForRendering;

    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DEMO, defaultValue = "false")
    private boolean demo;

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Optional<CurrentUser> user;

    private final Map<String, Boolean> roles = new HashMap<>();

    /** The signed-in user, loaded once per request; empty on public pages. */
    public CurrentUser getUser() {
        if (user == null) {
            Principal principal = external().getUserPrincipal();
            if (principal == null) {
                user = Optional.empty();
            } else {
                Instant now = Instant.now();
                CurrentUser known = signedIn.fresh(principal.getName(), now);
                if (known == null) {
                    known = accounts.get().currentUser();
                    signedIn.remember(known, now);
                }
                user = Optional.of(known);
            }
        }
        return user.orElse(null);
    }

    /**
     * The header's counts (waiting for me, returned to me, unread notifications): one statement for the rendering.
     * The header re-renders them after every Ajax request (p:autoUpdate), so an approval or a notification read on
     * the page shows at once.
     */
    public InboxCounts getCounts() {
        // The badges' rendered attributes are read while a post is decoded too, before its action runs (an
        // approval): counts read then would be shown stale. Read once for the rendering, and once before if asked.
        boolean rendering = FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (counts == null || rendering && !countedForRendering) {
            counts = getUser() == null ? InboxCounts.NONE : inbox.counts();
            countedForRendering = rendering;
        }
        return counts;
    }

    /** How many of my notifications are unread (from {@link #getCounts()}). */
    public long getUnread() {
        return getCounts().unread();
    }

    /** The section of the page being shown (navigation mark, breadcrumb), or null outside the navigation. */
    public Section getSection() {
        return Section.of(viewId()).orElse(null);
    }

    /** Whether the page being shown is its section's own page (the breadcrumb then ends at the section). */
    public boolean isSectionPage() {
        Section section = getSection();
        return section != null && section.isHome(viewId());
    }

    /**
     * The navigation link's {@code aria-current}: "page" on the link to the page being shown, "true" on the link of
     * its section when the page is inside it (a document under 결재함), otherwise none.
     */
    public String current(String section) {
        Section current = getSection();
        if (current == null || !current.name().equals(section)) {
            return null;
        }
        return current.isHome(viewId()) ? "page" : "true";
    }

    public boolean isDemo() {
        return demo;
    }

    /** When the page was made (Seoul time), for the margin of its printed pages: CSS has no clock. */
    public String getPrintedAt() {
        return PRINTED.format(ZonedDateTime.now(SEOUL));
    }

    /** Whether the caller has the role; asked once per role and request (the header asks several times per page). */
    public boolean hasRole(String role) {
        return roles.computeIfAbsent(role, external()::isUserInRole);
    }

    /** Ends the session: the audit trail records it, the caller is forgotten, the session is destroyed. */
    public void signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external().getRequest();
        if (request.getUserPrincipal() != null) {
            accounts.get().recordSignOut(ClientAddress.of(request));
        }
        request.logout();
        external().invalidateSession();
        external().redirect(external().getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private static String viewId() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
