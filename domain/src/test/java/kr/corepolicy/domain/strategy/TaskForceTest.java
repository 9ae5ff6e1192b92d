package kr.corepolicy.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TaskForceTest {

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", null);
    private final OrgUnit bureau = OrgUnit.under(city, "B-CONST", "건설도시국", null, OrgUnitType.BUREAU, 1);
    private final OrgUnit regeneration = OrgUnit.under(bureau, "D-REGEN", "도시재생과", null, OrgUnitType.DIVISION, 1);
    private final OrgUnit regenerationTeam = OrgUnit.under(regeneration, "T-R", "도시재생팀", null, OrgUnitType.TEAM, 1);
    private final OrgUnit tourism = OrgUnit.under(bureau, "D-TOUR", "관광정책과", null, OrgUnitType.DIVISION, 2);
    private final Strategy strategy = new Strategy(1, "서라벌 도심활성화", null);

    @Test
    void leaderIsNotAMemberAndMembersComeFromSeveralDepartments() {
        TaskForce tf = new TaskForce(strategy, "서라벌 도심활성화 T/F");
        UserAccount leader = new UserAccount("tfleader", "윤태식", bureau, Position.BUREAU_DIRECTOR, null, "h");
        UserAccount a = new UserAccount("collab", "최유진", regenerationTeam, Position.STAFF, null, "h");
        UserAccount b = new UserAccount("officer", "김민지", tourism, Position.STAFF, null, "h");
        tf.addMember(leader);
        tf.appointLeader(leader);
        assertFalse(tf.getMembers().contains(leader), "appointing removes the leader from the members");
        tf.addMember(a);
        tf.addMember(b);
        assertEquals(List.of(regeneration, tourism), List.copyOf(tf.memberDepartments()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tf.addMember(leader));
        assertEquals("taskForce.leaderIsMember", e.getMessageKey());
        assertEquals(Set.of(a, b), tf.getMembers());
    }

    @Test
    void coordinatingOfficeIsADepartment() {
        TaskForce tf = new TaskForce(strategy, "T/F");
        tf.coordinateBy(regeneration);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tf.coordinateBy(bureau));
        assertEquals("taskForce.coordinatorNotDepartment", e.getMessageKey());
        assertEquals(regeneration, tf.getCoordinatingUnit());
    }

    @Test
    void strategyNumbersAreOneToNinetyNine() {
        assertEquals("strategy.badNumber",
                assertThrows(InvalidInputException.class, () -> new Strategy(0, "전략", null)).getMessageKey());
        assertEquals("Downtown", new Strategy(1, "도심", "Downtown").displayName(true));
    }
}
