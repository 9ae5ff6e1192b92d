package kr.corepolicy.web;

import kr.corepolicy.domain.notification.LinkTarget;

/** The one place where a target the services name becomes the page that shows it. */
public final class LinkPages {

    /** Where a notification without a target, or with one no page shows, opens. */
    public static final String NOTIFICATIONS = "/notifications.xhtml";

    private LinkPages() {
    }

    /** The application path (without the context path) of the page that shows the target. */
    public static String pageOf(LinkTarget target) {
        if (target == null) {
            return NOTIFICATIONS;
        }
        return switch (target.kind()) {
            case APPROVAL_DOCUMENT -> "/approvals/document.xhtml?id=" + target.id();
            case REPORT -> "/reports/edit.xhtml?id=" + target.id();
            case LATE_REPORTS -> "/reports/periods.xhtml?late=" + target.id();
        };
    }
}
