package kr.corepolicy.domain.notification;

import java.util.Objects;
import java.util.Optional;

/**
 * What a notification opens, named by kind and id — never by page: the web layer turns a target into the page
 * that shows it (and an e-mail's link into the web layer's {@link #ROUTE} for it), so that the services know no
 * page addresses. Stored as its {@link #code()}, {@code APPROVAL_DOCUMENT:12}.
 */
public record LinkTarget(Kind kind, long id) {

    /** The web layer's path that sends a browser on to a target's page: {@code /go/APPROVAL_DOCUMENT/12}. */
    public static final String ROUTE = "/go/";

    public enum Kind {
        /** An approval document (결재 문서). */
        APPROVAL_DOCUMENT,
        /** A progress report, in its editor. */
        REPORT,
        /** The late list of a reporting period. */
        LATE_REPORTS
    }

    public LinkTarget {
        Objects.requireNonNull(kind, "kind");
    }

    public static LinkTarget of(Kind kind, long id) {
        return new LinkTarget(kind, id);
    }

    public String code() {
        return kind.name() + ":" + id;
    }

    /** The path of the web layer's route to this target, for links outside the application (e-mail). */
    public String route() {
        return ROUTE + kind.name() + "/" + id;
    }

    /** A stored code read back; empty for none or for what is not a code (kept rather than failing a page). */
    public static Optional<LinkTarget> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int colon = code.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LinkTarget(Kind.valueOf(code.substring(0, colon)),
                    Long.parseLong(code.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
