package kr.corepolicy.domain.approval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import org.junit.jupiter.api.Test;

/** Who records an absence and who may stand in: the org chart of the demo, cut down. */
class StandInRuleTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:3072:c2FsdA==:aGFzaA==";

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", "Gyeongju");
    private final OrgUnit culture = OrgUnit.under(city, "B-CULT", "문화관광국", null, OrgUnitType.BUREAU, 1);
    private final OrgUnit tourism = OrgUnit.under(culture, "D-TOUR", "관광정책과", null, OrgUnitType.DIVISION, 1);
    private final OrgUnit planning = OrgUnit.under(tourism, "T-TOUR1", "관광기획팀", null, OrgUnitType.TEAM, 1);
    private final OrgUnit marketing = OrgUnit.under(tourism, "T-TOUR2", "관광마케팅팀", null, OrgUnitType.TEAM, 2);
    private final OrgUnit construction = OrgUnit.under(city, "B-CONST", "건설도시국", null, OrgUnitType.BUREAU, 2);
    private final OrgUnit regen = OrgUnit.under(construction, "D-REGEN", "도시재생과", null, OrgUnitType.DIVISION, 1);

    private final UserAccount officer = person("officer", planning, Position.STAFF);
    private final UserAccount colleague = person("colleague", planning, Position.STAFF);
    private final UserAccount teamlead = person("teamlead", planning, Position.TEAM_LEADER);
    private final UserAccount otherTeamLead = person("marketlead", marketing, Position.TEAM_LEADER);
    private final UserAccount head = person("head", tourism, Position.DIVISION_HEAD);
    private final UserAccount director = person("director", culture, Position.BUREAU_DIRECTOR);
    private final UserAccount otherDirector = person("tfleader", construction, Position.BUREAU_DIRECTOR);
    private final UserAccount collab = person("collab", regen, Position.STAFF);
    private final UserAccount deputyMayor = person("deputy", city, Position.DEPUTY_MAYOR);
    private final UserAccount mayor = person("mayor", city, Position.MAYOR);

    @Test
    void anAbsenceIsRecordedByASuperiorOrAnAdministratorNeverByTheAbsentPerson() {
        assertTrue(StandInRule.mayRecord(teamlead, officer, false), "the team leader");
        assertTrue(StandInRule.mayRecord(head, teamlead, false), "the department's head");
        assertTrue(StandInRule.mayRecord(director, head, false), "the bureau director");
        assertTrue(StandInRule.mayRecord(deputyMayor, head, false), "higher up the chain");
        assertTrue(StandInRule.mayRecord(colleague, head, true), "an administrator");
        assertFalse(StandInRule.mayRecord(officer, officer, false), "not the absent person");
        assertFalse(StandInRule.mayRecord(head, head, true), "not even an administrator for themself");
        assertFalse(StandInRule.mayRecord(officer, head, false), "not a subordinate");
        assertFalse(StandInRule.mayRecord(colleague, officer, false), "not a colleague of the same rank");
        assertFalse(StandInRule.mayRecord(otherDirector, head, false), "not a director of another bureau");
        assertFalse(StandInRule.mayRecord(otherTeamLead, officer, false), "not the leader of another team");
    }

    @Test
    void theStandInIsNearbyAndOfTheSameOrAHigherPositionOrTheActingPosition() {
        assertTrue(StandInRule.mayStandIn(colleague, officer), "same unit, same position");
        assertTrue(StandInRule.mayStandIn(teamlead, head), "the acting position (직무대리) inside the department");
        assertTrue(StandInRule.mayStandIn(otherTeamLead, head), "any team leader of the department");
        assertTrue(StandInRule.mayStandIn(director, head), "the unit directly above, higher position");
        assertTrue(StandInRule.mayStandIn(head, director), "a 과장 acts for the 국장 of the bureau");
        assertTrue(StandInRule.mayStandIn(deputyMayor, mayor));
        assertFalse(StandInRule.mayStandIn(officer, teamlead), "lower position, not the acting one");
        assertFalse(StandInRule.mayStandIn(officer, head), "a 주무관 never decides for the 과장");
        assertFalse(StandInRule.mayStandIn(mayor, officer), "not from far up the chain");
        assertFalse(StandInRule.mayStandIn(collab, officer), "not from another department");
        assertFalse(StandInRule.mayStandIn(otherDirector, head), "not from another bureau");
        assertFalse(StandInRule.mayStandIn(officer, officer));
    }

    private static UserAccount person(String username, OrgUnit unit, Position position) {
        return new UserAccount(username, username, unit, position, username + "@example.org", HASH);
    }
}
