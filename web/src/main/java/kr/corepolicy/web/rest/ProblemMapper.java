package kr.corepolicy.web.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.approval.IllegalTransitionException;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.ConflictException;
import kr.corepolicy.domain.shared.FieldsRefusedException;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.shared.Constraints;
import kr.corepolicy.service.shared.StaleVersion;
import kr.corepolicy.web.i18n.Messages;
import kr.corepolicy.web.security.ClientAddress;
import kr.corepolicy.web.Jsonp;

/**
 * The one place where the API turns failures into RFC 9457 problem documents, in the caller's language
 * (Accept-Language; Korean by default): 400 for bad input, 403 forbidden, 404 unknown, 409 stale version,
 * 500 with a reference that the log also has — never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String REFUSAL_AUDITED = ProblemMapper.class.getName() + ".refusalAudited";

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @Inject
    private AuditService audit;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        Language language = Language.of(headers == null || headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0).toLanguageTag());
        if (failure instanceof BusinessException business) {
            int status = statusOf(business);
            if (status == 403) {
                auditRefusal(business.getMessage());
            }
            JsonObjectBuilder body = problem(status, language,
                    Messages.get(language, business.getMessageKey(), business.getArguments()));
            body.add("code", business.getMessageKey());
            if (business instanceof InvalidInputException invalid && invalid.getField() != null) {
                body.add("field", invalid.getField());
            }
            if (business instanceof FieldsRefusedException several) {
                // Every refused field with its own code and text, so that a client can mark them all at once.
                JsonArrayBuilder fields = Jsonp.JSON.createArrayBuilder();
                several.getRefusals().forEach(refusal -> fields.add(Jsonp.JSON.createObjectBuilder()
                        .add("field", refusal.getField()).add("code", refusal.getMessageKey())
                        .add("detail", Messages.get(language, refusal.getMessageKey(), refusal.getArguments()))));
                body.add("fields", fields);
            }
            return response(status, body);
        }
        if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
            auditRefusal(failure.getMessage());
            return response(403, problem(403, language, Messages.get(language, "error.forbidden.text"))
                    .add("code", "forbidden"));
        }
        if (Constraints.isViolation(thrown)) {
            // A unique rule the service did not turn into its own answer: the loser of a race, never a 500.
            return response(409, problem(409, language, Messages.get(language, "problem.duplicate"))
                    .add("code", "conflict.duplicate"));
        }
        if (StaleVersion.is(failure)) {
            return response(409, problem(409, language, Messages.get(language, "error.conflict"))
                    .add("code", "conflict.stale"));
        }
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return response(400, problem(400, language, Messages.get(language, "problem.badJson"))
                    .add("code", "problem.badJson"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status == 403) {
                auditRefusal(failure.getMessage());
            }
            return response(status, problem(status, language, Messages.get(language, "problem.http", status))
                    .add("code", "http." + status));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "API error reference " + reference, thrown);
        return response(500, problem(500, language, Messages.get(language, "problem.unexpected", reference))
                .add("code", "unexpected").add("reference", reference));
    }

    /**
     * Every refused access of the API is audited here, once: who, what, from where (security.md, ASVS 16.3).
     * Refused pages are audited by their error page, refused forgeries by the authentication mechanism.
     */
    private void auditRefusal(String reason) {
        if (request != null) {
            // Jersey's EJB integration hands an EJBAccessException to the mappers a second time: write it once.
            if (request.getAttribute(REFUSAL_AUDITED) != null) {
                return;
            }
            request.setAttribute(REFUSAL_AUDITED, Boolean.TRUE);
        }
        String who = security == null || security.getUserPrincipal() == null ? "-" : security.getUserPrincipal().getName();
        String what = request == null ? null : request.getMethod() + " " + request.getRequestURI();
        audit.recordIndependently(who, AuditAction.ACCESS_DENIED, what, reason,
                request == null ? null : ClientAddress.of(request));
    }

    private static int statusOf(BusinessException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof ConflictException || e instanceof IllegalTransitionException) {
            return 409;
        }
        return 400;
    }

    /** EJB and persistence wrap the real cause; the first business or locking failure in the chain counts. */
    private static Throwable unwrap(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException || StaleVersion.is(t)
                    || t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return t;
            }
            if (!(t instanceof EJBException) && t.getCause() == null) {
                break;
            }
        }
        return thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    private static JsonObjectBuilder problem(int status, Language language, String detail) {
        return Jsonp.JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.get(language, "problem.title." + status))
                .add("status", status)
                .add("detail", detail);
    }

    private static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }
}
