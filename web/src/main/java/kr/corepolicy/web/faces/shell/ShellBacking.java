package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.CurrentUser;
import kr.corepolicy.service.inbox.InboxCountService;
import kr.corepolicy.service.inbox.InboxCounts;
import kr.corepolicy.service.platform.CorePolicyConfigSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the header shows on every page (its sign-out and language switch are {@link ShellServlet}). Application-scoped,
 * like {@link LanguageBacking}: what it reads once per request (the user, the counts, the roles) is kept in the
 * request's {@link FacesContext}, so no bean is created per request. A request-scoped bean was created on every page
 * with its references to the EJBs, and Payara loads an EJB's class under the class loader's lock for every new
 * reference (docs/performance.md).
 */
@Named("shell")
@ApplicationScoped
public class ShellBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private InboxCountService inbox;

    @Inject
    private SignedInUser signedIn;

    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DEMO, defaultValue = "false")
    private boolean demo;

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the header has read in this request. */
    private static final class Read {
        private Optional<CurrentUser> user;
        private InboxCounts counts;
        private boolean countedForRendering;
        private final Map<String, Boolean> roles = new HashMap<>();
    }

    private static final String READ = ShellBacking.class.getName() + ".read";

    private static Read read() {
        return (Read) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(READ, k -> new Read());
    }

    /** The signed-in user, loaded once per request; empty on public pages. */
    public CurrentUser getUser() {
        Read read = read();
        if (read.user == null) {
            Principal principal = external().getUserPrincipal();
            if (principal == null) {
                read.user = Optional.empty();
            } else {
                Instant now = Instant.now();
                CurrentUser known = signedIn.fresh(principal.getName(), now);
                if (known == null) {
                    known = accounts.currentUser();
                    signedIn.remember(known, now);
                }
                read.user = Optional.of(known);
            }
        }
        return read.user.orElse(null);
    }

    /**
     * The header's counts (waiting for me, returned to me, unread notifications). The header re-renders them after
     * every Ajax request (p:autoUpdate), and a post's page counts afresh, so an approval or a notification read on
     * the page shows at once. A page opened by a GET shows the counts the session keeps, when they are younger than
     * {@link SignedInUser#COUNTS_LIFETIME} and the session has changed nothing since: one statement and an EJB
     * call were almost half of an empty page in the layout (docs/performance.md).
     */
    public InboxCounts getCounts() {
        FacesContext context = FacesContext.getCurrentInstance();
        // The badges' rendered attributes are read while a post is decoded too, before its action runs (an
        // approval): counts read then would be shown stale. Read once for the rendering, and once before if asked.
        boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        Read read = read();
        if (read.counts == null || rendering && !read.countedForRendering) {
            read.counts = counts(context.isPostback());
            read.countedForRendering = rendering;
        }
        return read.counts;
    }

    private InboxCounts counts(boolean postback) {
        if (getUser() == null) {
            return InboxCounts.NONE;
        }
        Instant now = Instant.now();
        InboxCounts kept = postback ? null : signedIn.freshCounts(now);
        if (kept != null) {
            return kept;
        }
        InboxCounts counted = inbox.counts();
        signedIn.rememberCounts(counted, now);
        return counted;
    }

    /**
     * Counts the page has just read itself (the home page's, through the same service): the header shows them in
     * this request, and the session keeps them as if the header had read them.
     */
    public void countedFresh(InboxCounts counts) {
        Read read = read();
        read.counts = counts;
        read.countedForRendering = true;
        if (getUser() != null) {
            signedIn.rememberCounts(counts, Instant.now());
        }
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

    /** How many seconds the session lasts without a request (for the session-timeout warning); 0: no limit. */
    public int getSessionTimeout() {
        int seconds = external().getSessionMaxInactiveInterval();
        return Math.max(seconds, 0);
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
        return read().roles.computeIfAbsent(role, external()::isUserInRole);
    }

    /**
     * Before a page is rendered for a GET: when its address's parameters cannot be read ({@code ?id=abc}), the page
     * would show without what it is about and its view action has not run. Such an address names nothing: "not
     * found" (404), like an id that names nothing.
     */
    public void checkAddress() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.isPostback() && context.isValidationFailed()) {
            throw new NotFoundException("page", viewId());
        }
    }

    private static String viewId() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
