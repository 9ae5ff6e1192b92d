package kr.corepolicy.service.account;

import java.time.Duration;
import java.util.Set;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.SignInFailure;

/**
 * What a sign-in attempt came to. Only {@link Outcome#SUCCESS} carries the caller's groups and language. Until
 * the password is right every failure is {@link Outcome#INVALID_CREDENTIALS}, so that nobody learns from the
 * answer whether an account exists, is locked or inactive.
 */
public record SignInResult(Outcome outcome, String username, Set<String> groups, Language preferredLanguage) {

    public enum Outcome {
        SUCCESS,
        /** Unknown user or wrong password (also of a locked or inactive account): not told apart. */
        INVALID_CREDENTIALS,
        /** The right password, but too many failures locked the account for a while. */
        LOCKED,
        /** The right password, but the account was deactivated. */
        INACTIVE,
        /** Too many failures from the caller's address: every attempt from it is refused for a while. */
        THROTTLED
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

    /** How long a {@link Outcome#THROTTLED} caller waits before the address may try again (HTTP Retry-After). */
    public Duration retryAfter() {
        return outcome == Outcome.THROTTLED ? SignInFailure.WINDOW : Duration.ZERO;
    }
}
