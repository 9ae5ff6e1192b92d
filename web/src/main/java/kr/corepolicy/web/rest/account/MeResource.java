package kr.corepolicy.web.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.PasswordPolicy;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.CurrentUser;
import kr.corepolicy.web.security.ClientAddress;

/** Who am I: the signed-in user's profile, roles and language preference. */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The signed-in user as the API shows it. */
    public record Me(String username, String displayName, String position, String department, String language,
            List<String> roles) {
    }

    /** The body of {@code PUT /api/me/language}. */
    public record LanguageChoice(@Size(max = 10) String language) {
    }

    /** The body of {@code PUT /api/me/password}: the current password and the new one. */
    public record PasswordChange(@Size(max = PasswordPolicy.MAX_LENGTH * 4) String current,
            @Size(max = PasswordPolicy.MAX_LENGTH) String next) {
    }

    @Inject
    private AccountService accounts;

    @GET
    public Me me(@Context SecurityContext security) {
        CurrentUser user = accounts.currentUser();
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).toList();
        return new Me(user.username(), user.displayName(), user.position().name(), user.departmentName(),
                user.preferredLanguage().name().toLowerCase(), roles);
    }

    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    public Me chooseLanguage(LanguageChoice choice, @Context SecurityContext security) {
        if (choice == null || choice.language() == null || !choice.language().matches("(?i)ko|en")) {
            throw new InvalidInputException("language", "me.badLanguage",
                    "language must be ko or en");
        }
        accounts.choosePreferredLanguage(Language.of(choice.language()));
        return me(security);
    }

    /**
     * Changes the caller's own password, proven with the current one: 204, or 400 naming the field at fault
     * ({@code current}: wrong, which counts as a failed sign-in; {@code next}: refused by the password policy).
     */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public void changePassword(PasswordChange change, @Context HttpServletRequest request) {
        if (change == null) {
            throw new InvalidInputException("current", "password.currentRequired", "body required");
        }
        accounts.changeOwnPassword(change.current(), change.next(), ClientAddress.of(request));
    }
}
