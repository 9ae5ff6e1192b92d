package kr.corepolicy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import org.junit.jupiter.api.Test;

/**
 * Who belongs to which department: the one rule behind owning tasks, writing reports, reading a department's
 * documents and a task force's departments. The chart is the demo's, cut down.
 */
class DepartmentMembershipTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:3072:c2FsdA==:aGFzaA==";

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", "Gyeongju");
    private final OrgUnit culture = OrgUnit.under(city, "B-CULT", "문화관광국", null, OrgUnitType.BUREAU, 1);
    private final OrgUnit tourism = OrgUnit.under(culture, "D-TOUR", "관광정책과", null, OrgUnitType.DIVISION, 1);
    private final OrgUnit planning = OrgUnit.under(tourism, "T-TOUR1", "관광기획팀", null, OrgUnitType.TEAM, 1);
    private final OrgUnit marketing = OrgUnit.under(tourism, "T-TOUR2", "관광마케팅팀", null, OrgUnitType.TEAM, 2);
    private final OrgUnit construction = OrgUnit.under(city, "B-CONST", "건설도시국", null, OrgUnitType.BUREAU, 2);
    private final OrgUnit regen = OrgUnit.under(construction, "D-REGEN", "도시재생과", null, OrgUnitType.DIVISION, 1);
    private final OrgUnit agency = OrgUnit.under(city, "A-AGRI", "농업기술센터", null, OrgUnitType.AGENCY, 3);
    private final OrgUnit agriPolicy = OrgUnit.under(agency, "D-AGRIPOL", "농업정책과", null, OrgUnitType.DIVISION, 1);

    private final UserAccount officer = person("officer", planning, Position.STAFF);
    private final UserAccount marketer = person("marketer", marketing, Position.STAFF);
    private final UserAccount head = person("head", tourism, Position.DIVISION_HEAD);
    private final UserAccount director = person("director", culture, Position.BUREAU_DIRECTOR);
    private final UserAccount otherDirector = person("tfleader", construction, Position.BUREAU_DIRECTOR);
    private final UserAccount collab = person("collab", regen, Position.STAFF);
    private final UserAccount farmer = person("farmer", agriPolicy, Position.STAFF);
    private final UserAccount agencyStaff = person("agency", agency, Position.STAFF);
    private final UserAccount mayor = person("mayor", city, Position.MAYOR);

    @Test
    void aPersonWorksInTheDepartmentOfTheirUnitOrOfTheirTeam() {
        assertTrue(officer.worksIn(tourism), "a team's member works in the team's department");
        assertTrue(head.worksIn(tourism), "the department's own staff");
        assertFalse(collab.worksIn(tourism), "another department");
        assertFalse(director.worksIn(tourism), "the bureau above is not the department");
        assertFalse(officer.worksIn(null), "no department");
    }

    @Test
    void aDivisionUnderAnAgencyIsItsOwnDepartment() {
        assertTrue(farmer.worksIn(agriPolicy));
        assertFalse(farmer.worksIn(agency), "the agency is a department of its own, not the division's");
        assertTrue(agencyStaff.worksIn(agency));
    }

    @Test
    void theHomeDepartmentIsTheUnitsDepartmentOrTheUnitAboveEveryDepartment() {
        assertSame(tourism, officer.homeDepartment());
        assertSame(tourism, head.homeDepartment());
        assertSame(agriPolicy, farmer.homeDepartment());
        assertSame(culture, director.homeDepartment(), "a bureau counts as its own");
        assertSame(city, mayor.homeDepartment(), "the city counts as its own");
        assertEquals(tourism, planning.homeDepartment());
        assertEquals(culture, culture.homeDepartment());
    }

    @Test
    void twoPeopleShareADepartmentOnlyWhenBothWorkInTheSameOne() {
        assertTrue(officer.sharesDepartmentWith(marketer), "two teams of one department");
        assertTrue(officer.sharesDepartmentWith(head));
        assertTrue(head.sharesDepartmentWith(officer));
        assertFalse(officer.sharesDepartmentWith(collab), "another department");
        assertFalse(officer.sharesDepartmentWith(director), "the bureau above has no department");
        assertFalse(director.sharesDepartmentWith(director), "above every department: shared with nobody");
        assertFalse(director.sharesDepartmentWith(otherDirector));
        assertFalse(officer.sharesDepartmentWith(null));
    }

    private static UserAccount person(String username, OrgUnit unit, Position position) {
        return new UserAccount(username, username, unit, position, null, HASH);
    }
}
