package kr.corepolicy.service.account;

import java.util.Set;

import kr.corepolicy.domain.account.Language;

/** What a sign-in attempt came to. Only {@link Outcome#SUCCESS} carries the caller's groups and language. */
public record SignInResult(Outcome outcome, String username, Set<String> groups, Language preferredLanguage) {

    public enum Outcome {
        SUCCESS,
        /** Unknown user or wrong password: the two are not told apart. */
        INVALID_CREDENTIALS,
        /** Too many failures: locked for a while. */
        LOCKED,
        /** The account was deactivated. */
        INACTIVE
    }

    static SignInResult success(String username, Set<String> groups, Language preferredLanguage) {
        return new SignInResult(Outcome.SUCCESS, username, Set.copyOf(groups), preferredLanguage);
    }

    static SignInResult failure(Outcome outcome, String username) {
        return new SignInResult(outcome, username, Set.of(), null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
