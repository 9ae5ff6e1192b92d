package kr.corepolicy.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;
import kr.corepolicy.domain.shared.InvalidInputException;

/** One unit of the city's organisation chart. Units are never deleted, only deactivated. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0," + (CODE_MAX - 1) + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(name = "name_ko", nullable = false, length = NAME_MAX)
    private String nameKo;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20)
    private OrgUnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OrgUnit() {
        // for JPA
    }

    private OrgUnit(String code, String nameKo, String nameEn, OrgUnitType type, OrgUnit parent, int sortOrder) {
        this.code = requireCode(code);
        rename(nameKo, nameEn);
        this.type = Objects.requireNonNull(type, "type");
        placeUnder(parent);
        this.sortOrder = sortOrder;
    }

    /** The root of the organisation chart: the city hall itself. */
    public static OrgUnit city(String code, String nameKo, String nameEn) {
        return new OrgUnit(code, nameKo, nameEn, OrgUnitType.CITY, null, 0);
    }

    /** A unit under {@code parent}; refused when the chart would not allow that kind of unit there. */
    public static OrgUnit under(OrgUnit parent, String code, String nameKo, String nameEn, OrgUnitType type,
            int sortOrder) {
        Objects.requireNonNull(parent, "parent");
        return new OrgUnit(code, nameKo, nameEn, type, parent, sortOrder);
    }

    public void rename(String newNameKo, String newNameEn) {
        if (newNameKo == null || newNameKo.isBlank()) {
            throw new InvalidInputException("nameKo", "org.unit.nameRequired", "unit name is required");
        }
        if (newNameKo.strip().length() > NAME_MAX || (newNameEn != null && newNameEn.strip().length() > NAME_MAX)) {
            throw new InvalidInputException("nameKo", "validation.tooLong", "unit name too long", NAME_MAX);
        }
        this.nameKo = newNameKo.strip();
        this.nameEn = newNameEn == null || newNameEn.isBlank() ? null : newNameEn.strip();
    }

    /** Moves this unit under another one (reorganisation); a unit cannot end up under itself. */
    public void placeUnder(OrgUnit newParent) {
        if (type == OrgUnitType.CITY) {
            if (newParent != null) {
                throw new InvalidInputException("parent", "org.unit.cityIsRoot", "the city has no parent");
            }
            return;
        }
        if (newParent == null || !type.canBeChildOf(newParent.type)) {
            throw new InvalidInputException("parent", "org.unit.parentNotAllowed",
                    type + " cannot be placed under " + (newParent == null ? "nothing" : newParent.type),
                    type.name(), newParent == null ? "-" : newParent.type.name());
        }
        for (OrgUnit u = newParent; u != null; u = u.parent) {
            if (u == this) {
                throw new InvalidInputException("parent", "org.unit.cycle", "a unit cannot be placed under itself");
            }
        }
        this.parent = newParent;
    }

    public void deactivate() {
        this.active = false;
    }

    private static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "org.unit.badCode", "bad unit code: " + code, CODE_MAX);
        }
        return code;
    }

    /** The department (부서) this unit belongs to: itself when it is one, else the nearest ancestor that is. */
    public OrgUnit department() {
        for (OrgUnit u = this; u != null; u = u.parent) {
            if (u.type.isDepartment()) {
                return u;
            }
        }
        return null;
    }

    /**
     * The department this unit counts under when the question is "whose department is this": its
     * {@link #department()}, or the unit itself when it lies above every department (a bureau, the city).
     */
    public OrgUnit homeDepartment() {
        OrgUnit department = department();
        return department == null ? this : department;
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameKo;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public OrgUnitType getType() {
        return type;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "OrgUnit[" + code + " " + nameKo + "]";
    }
}
