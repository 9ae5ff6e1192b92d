package kr.corepolicy.domain.approval;

import java.util.Objects;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;

/**
 * Who may record an absence, and who may stand in (대결) for whom. An absence is recorded by a superior of the
 * absent person (someone above them in their own chain of units: the team leader, the department's head, the
 * bureau director) or by an administrator, never by the absent person. The stand-in works in the absent
 * person's unit or the unit directly above it and holds the same or a higher position, or is the position that
 * stands in for the absent person's position within their own unit (직무대리: a 팀장 for the 과장, a 과장 for the
 * 국장, the 국장 for the 부시장, the 부시장 for the 시장).
 */
public final class StandInRule {

    private StandInRule() {
    }

    /** Whether {@code recorder} may record or cancel an absence of {@code absent}. */
    public static boolean mayRecord(UserAccount recorder, UserAccount absent, boolean administrator) {
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(absent, "absent");
        if (recorder.getUsername().equals(absent.getUsername())) {
            return false;
        }
        if (administrator) {
            return true;
        }
        return isWithin(absent.getOrgUnit(), recorder.getOrgUnit())
                && recorder.getPosition().compareTo(absent.getPosition()) > 0;
    }

    /** Whether {@code deputy} may stand in for {@code absent}. */
    public static boolean mayStandIn(UserAccount deputy, UserAccount absent) {
        Objects.requireNonNull(deputy, "deputy");
        Objects.requireNonNull(absent, "absent");
        if (deputy.getUsername().equals(absent.getUsername())) {
            return false;
        }
        OrgUnit home = absent.getOrgUnit();
        OrgUnit place = deputy.getOrgUnit();
        boolean nearby = same(place, home) || same(place, home.getParent());
        if (nearby && deputy.getPosition().isAtLeast(absent.getPosition())) {
            return true;
        }
        Position acting = actingFor(absent.getPosition());
        return acting != null && deputy.getPosition() == acting && isWithin(place, home);
    }

    /** The position that stands in for {@code position} inside its own unit (직무대리), if any. */
    public static Position actingFor(Position position) {
        return switch (position) {
            case STAFF -> null;
            case TEAM_LEADER -> null;
            case DIVISION_HEAD -> Position.TEAM_LEADER;
            case BUREAU_DIRECTOR -> Position.DIVISION_HEAD;
            case DEPUTY_MAYOR -> Position.BUREAU_DIRECTOR;
            case MAYOR -> Position.DEPUTY_MAYOR;
        };
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    public static boolean isWithin(OrgUnit unit, OrgUnit ancestor) {
        for (OrgUnit u = unit; u != null; u = u.getParent()) {
            if (same(u, ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(OrgUnit a, OrgUnit b) {
        return a != null && b != null && (a == b || Objects.equals(a.getCode(), b.getCode()));
    }
}
