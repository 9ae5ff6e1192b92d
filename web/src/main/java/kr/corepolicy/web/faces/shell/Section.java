package kr.corepolicy.web.faces.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the application the header's navigation leads to, and the pages that belong to each: the navigation
 * marks the section of the page being shown, and the breadcrumb trail goes 홈 › section › page. A new page belongs
 * to a section by its view id here, not by an edit of the page.
 */
public enum Section {
    HOME("/index", "nav.home", "/index.xhtml"),
    DASHBOARD("/dashboard/index", "nav.dashboard", "/dashboard/"),
    PORTFOLIO("/tasks/index", "nav.portfolio", "/tasks/", "/strategies/"),
    REPORTS("/reports/index", "nav.reports", "/reports/index.xhtml", "/reports/edit.xhtml"),
    APPROVALS("/approvals/index", "nav.approvals", "/approvals/index.xhtml", "/approvals/document.xhtml"),
    PERIODS("/reports/periods", "nav.periods", "/reports/periods.xhtml"),
    ABSENCES("/approvals/absences", "nav.absences", "/approvals/absences.xhtml"),
    USERS("/admin/users", "admin.users", "/admin/users.xhtml", "/admin/organization.xhtml"),
    DELEGATION("/admin/delegation", "nav.delegation", "/admin/delegation.xhtml"),
    MAIL("/admin/mail", "nav.mail", "/admin/mail.xhtml"),
    NOTIFICATIONS("/notifications", "nav.notifications", "/notifications.xhtml"),
    PASSWORD("/account/password", "nav.password", "/account/password.xhtml"),
    TOKENS("/account/tokens", "nav.tokens", "/account/tokens.xhtml");

    private final String outcome;
    private final String labelKey;
    private final List<String> views;

    Section(String outcome, String labelKey, String... views) {
        this.outcome = outcome;
        this.labelKey = labelKey;
        this.views = List.of(views);
    }

    /** The section's own page (the navigation's link), as a JSF outcome. */
    public String getOutcome() {
        return outcome;
    }

    /** The bundle key of the section's name. */
    public String getLabelKey() {
        return labelKey;
    }

    /** Whether {@code viewId} is the section's own page (not a page inside it). */
    public boolean isHome(String viewId) {
        return (outcome + ".xhtml").equals(viewId);
    }

    /** The section a view belongs to: an exact view or a folder ending in "/". */
    public static Optional<Section> of(String viewId) {
        if (viewId == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(s -> s.views.stream().anyMatch(v -> v.endsWith("/") ? viewId.startsWith(v) : v.equals(viewId)))
                .findFirst();
    }
}
