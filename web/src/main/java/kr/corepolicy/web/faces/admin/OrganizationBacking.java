package kr.corepolicy.web.faces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.web.faces.Feedback;
import org.primefaces.PrimeFaces;

/** admin/organization.xhtml: the organisation chart as an indented list; add, rename or deactivate units. */
@Named("organization")
@ViewScoped
public class OrganizationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One unit of the chart with its depth, for the indented list. */
    public record UnitLine(String code, String nameKo, String nameEn, OrgUnitType type, String parentCode, int depth)
            implements Serializable {
    }

    @Inject
    private OrganizationService organization;

    private List<UnitLine> lines;

    private String parentCode;
    private String code;
    private String nameKo;
    private String nameEn;
    private OrgUnitType type = OrgUnitType.DIVISION;
    private boolean renaming;
    private boolean active = true;

    @PostConstruct
    void load() {
        Map<String, List<UnitRef>> children = new HashMap<>();
        List<UnitRef> roots = new ArrayList<>();
        for (UnitRef u : organization.units()) {
            if (u.parentCode() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
        lines = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children));
    }

    private void walk(UnitRef unit, int depth, Map<String, List<UnitRef>> children) {
        lines.add(new UnitLine(unit.code(), unit.nameKo(), unit.nameEn(), unit.type(), unit.parentCode(), depth));
        children.getOrDefault(unit.code(), List.of()).forEach(c -> walk(c, depth + 1, children));
    }

    public void startAdd(UnitLine parent) {
        renaming = false;
        parentCode = parent.code();
        code = null;
        nameKo = null;
        nameEn = null;
        type = parent.type() == OrgUnitType.CITY ? OrgUnitType.BUREAU
                : parent.type().isDepartment() ? OrgUnitType.TEAM : OrgUnitType.DIVISION;
        active = true;
    }

    public void startRename(UnitLine unit) {
        renaming = true;
        parentCode = unit.parentCode();
        code = unit.code();
        nameKo = unit.nameKo();
        nameEn = unit.nameEn();
        type = unit.type();
        active = true;
    }

    public void save() throws IOException {
        Feedback.attempt(field -> "unitForm:" + fieldId(field), () -> {
            if (renaming) {
                organization.updateUnit(code, nameKo, nameEn, active);
            } else {
                organization.createUnit(parentCode, code, nameKo, nameEn, type);
            }
            Feedback.info("admin.unitSaved", code);
            load();
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        });
    }

    /** The input of a refused field in the dialog, or the dialog's messages. */
    private static String fieldId(String field) {
        return switch (field == null ? "" : field) {
            case "code" -> "code";
            case "nameKo" -> "nameKo";
            case "parent" -> "type";
            default -> "messages";
        };
    }

    public List<UnitLine> getLines() {
        return lines;
    }

    public boolean isRenaming() {
        return renaming;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public OrgUnitType getType() {
        return type;
    }

    public void setType(OrgUnitType type) {
        this.type = type;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
