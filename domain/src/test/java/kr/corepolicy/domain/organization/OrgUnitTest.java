package kr.corepolicy.domain.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", "Gyeongju City");
    private final OrgUnit bureau = OrgUnit.under(city, "B1", "문화관광국", "Culture and Tourism", OrgUnitType.BUREAU, 1);
    private final OrgUnit division = OrgUnit.under(bureau, "D1", "관광정책과", null, OrgUnitType.DIVISION, 1);
    private final OrgUnit team = OrgUnit.under(division, "T1", "관광기획팀", null, OrgUnitType.TEAM, 1);

    @Test
    void teamBelongsToItsDivisionAsDepartment() {
        assertSame(division, team.department());
        assertSame(division, division.department());
        assertEquals(null, bureau.department());
    }

    @Test
    void chartRefusesUnitsInTheWrongPlace() {
        assertKey("org.unit.parentNotAllowed", () -> OrgUnit.under(city, "T9", "팀", null, OrgUnitType.TEAM, 1));
        assertKey("org.unit.parentNotAllowed",
                () -> OrgUnit.under(team, "D9", "과", null, OrgUnitType.DIVISION, 1));
        assertKey("org.unit.parentNotAllowed",
                () -> OrgUnit.under(bureau, "B9", "국", null, OrgUnitType.BUREAU, 1));
    }

    @Test
    void cityHasNoParentAndAUnitCannotMoveUnderItself() {
        assertKey("org.unit.cityIsRoot", () -> city.placeUnder(bureau));
        OrgUnit office = OrgUnit.under(city, "O1", "기획실", null, OrgUnitType.OFFICE, 2);
        OrgUnit officeTeam = OrgUnit.under(office, "O1T", "기획팀", null, OrgUnitType.TEAM, 1);
        assertSame(office, officeTeam.getParent());
        assertKey("org.unit.parentNotAllowed", () -> office.placeUnder(officeTeam));
    }

    @Test
    void codeAndNameAreChecked() {
        assertKey("org.unit.badCode", () -> OrgUnit.under(city, "bad code", "국", null, OrgUnitType.BUREAU, 1));
        assertKey("org.unit.nameRequired", () -> OrgUnit.under(city, "B2", " ", null, OrgUnitType.BUREAU, 1));
        assertKey("validation.tooLong",
                () -> OrgUnit.under(city, "B3", "가".repeat(OrgUnit.NAME_MAX + 1), null, OrgUnitType.BUREAU, 1));
    }

    @Test
    void displayNameFallsBackToKorean() {
        assertEquals("Culture and Tourism", bureau.displayName(true));
        assertEquals("관광정책과", division.displayName(true));
        assertEquals("문화관광국", bureau.displayName(false));
    }

    private static void assertKey(String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(key, e.getMessageKey());
    }
}
