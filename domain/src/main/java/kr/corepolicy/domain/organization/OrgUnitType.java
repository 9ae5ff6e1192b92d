package kr.corepolicy.domain.organization;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of organisation unit in a Korean city hall, from the top down. */
public enum OrgUnitType {
    /** 시 — the city itself, the root of the tree. */
    CITY,
    /** 국 — a bureau under the deputy mayor. */
    BUREAU,
    /** 실 — an office (e.g. the policy planning office). */
    OFFICE,
    /** 본부 — a headquarters. */
    HEADQUARTERS,
    /** 소 — an agency or centre (사업소, 보건소). */
    AGENCY,
    /** 과 — a division, the unit that owns tasks. */
    DIVISION,
    /** 팀 — a team inside a division. */
    TEAM;

    /** Whether a unit of this type may sit directly under a unit of {@code parent} type. */
    public boolean canBeChildOf(OrgUnitType parent) {
        return allowedParents().contains(parent);
    }

    private Set<OrgUnitType> allowedParents() {
        return switch (this) {
            case CITY -> EnumSet.noneOf(OrgUnitType.class);
            case BUREAU, OFFICE, HEADQUARTERS, AGENCY -> EnumSet.of(CITY);
            case DIVISION -> EnumSet.of(CITY, BUREAU, OFFICE, HEADQUARTERS, AGENCY);
            case TEAM -> EnumSet.of(DIVISION, OFFICE, AGENCY);
        };
    }

    /** A department (부서) in the sense of task ownership: a division, or an office or agency that acts as one. */
    public boolean isDepartment() {
        return this == DIVISION || this == OFFICE || this == AGENCY;
    }
}
