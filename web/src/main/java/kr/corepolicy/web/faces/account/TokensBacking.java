package kr.corepolicy.web.faces.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.corepolicy.service.account.ApiTokenView;
import kr.corepolicy.service.account.ApiTokens;
import kr.corepolicy.service.account.IssuedApiToken;
import kr.corepolicy.web.faces.Feedback;

/**
 * {@code /account/tokens.xhtml}: the signed-in user's personal API tokens, a new one, and revoking one. The secret of
 * a new token lives only in the request that issued it (a request attribute, never this view-scoped bean, the
 * session or the view state), so the page shows it once.
 */
@Named("apiTokens")
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tokenForm:";
    private static final String SECRET = TokensBacking.class.getName() + ".secret";
    /** The lifetime chosen when the page opens: the middle one of the offered 30, 90 and 365 days. */
    private static final int DEFAULT_DAYS = 90;

    @Inject
    private ApiTokens tokens;

    private List<ApiTokenView> list;
    private String name;
    private Integer days = DEFAULT_DAYS;

    @PostConstruct
    void init() {
        list = tokens.mine();
    }

    /** Issues a token with the name and lifetime of the form; its secret is shown in this response only. */
    public void issue() throws IOException {
        Feedback.attempt(field -> field == null ? null : FORM + field, () -> {
            IssuedApiToken issued = tokens.issue(name, days);
            FacesContext.getCurrentInstance().getAttributes().put(SECRET, issued.secret());
            Feedback.info("tokens.issued", issued.token().name());
            name = null;
        });
        list = tokens.mine();
    }

    /** Revokes one of the user's tokens (the page asks for a confirmation first). */
    public void revoke(long id) throws IOException {
        Feedback.attempt(() -> {
            tokens.revoke(id);
            Feedback.info("tokens.revoked");
        });
        list = tokens.mine();
    }

    /** The secret of the token issued by this request, or null: shown once, never kept. */
    public String getSecret() {
        return (String) FacesContext.getCurrentInstance().getAttributes().get(SECRET);
    }

    public List<ApiTokenView> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
