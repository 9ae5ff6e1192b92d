package kr.corepolicy.domain.account;

/** 직위 — an employee's position in the hierarchy, lowest first; the approval line is built from these. */
public enum Position {
    /** 주무관 */
    STAFF,
    /** 팀장 */
    TEAM_LEADER,
    /** 과장 (also 담당관, 소장 of a small agency) */
    DIVISION_HEAD,
    /** 국장, 실장, 본부장 */
    BUREAU_DIRECTOR,
    /** 부시장 */
    DEPUTY_MAYOR,
    /** 시장 */
    MAYOR;

    public boolean isAtLeast(Position other) {
        return compareTo(other) >= 0;
    }
}
