package kr.corepolicy.web.faces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.service.approval.ApprovalViews.RuleView;
import kr.corepolicy.service.approval.DelegationService;
import kr.corepolicy.web.faces.Feedback;

/** admin/delegation.xhtml: the administrator edits the delegation table (사무전결 규칙). */
@Named("delegation")
@ViewScoped
public class DelegationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DelegationService service;

    private List<RuleView> rules;
    private final Map<DocumentType, Position> chosen = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        rules = service.rules();
        chosen.clear();
        rules.forEach(r -> chosen.put(r.type(), r.decidingPosition()));
    }

    public void save(RuleView rule) throws IOException {
        Feedback.attempt(() -> {
            RuleView saved = service.change(rule.type(), chosen.get(rule.type()), rule.version());
            Feedback.info("delegation.saved", saved.type(), saved.decidingPosition());
        });
        refresh();
    }

    public List<RuleView> getRules() {
        return rules;
    }

    public Map<DocumentType, Position> getChosen() {
        return chosen;
    }

    public List<Position> getPositions() {
        return List.of(Position.TEAM_LEADER, Position.DIVISION_HEAD, Position.BUREAU_DIRECTOR, Position.DEPUTY_MAYOR,
                Position.MAYOR);
    }
}
