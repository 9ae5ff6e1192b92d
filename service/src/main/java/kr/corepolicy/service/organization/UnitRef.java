package kr.corepolicy.service.organization;

import java.io.Serializable;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;

/** A unit of the organisation chart as the web layer sees it: never the entity. */
public record UnitRef(Long id, String code, String nameKo, String nameEn, OrgUnitType type, String parentCode)
        implements Serializable {

    /** A department (부서) in the sense of task ownership. */
    public boolean department() {
        return type.isDepartment();
    }

    /** The name in English when asked for and there is one, else in Korean. */
    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameKo;
    }

    public static UnitRef of(OrgUnit unit) {
        return new UnitRef(unit.getId(), unit.getCode(), unit.getNameKo(), unit.getNameEn(), unit.getType(),
                unit.getParent() == null ? null : unit.getParent().getCode());
    }
}
