package kr.corepolicy.service.account;

/**
 * A token just issued, with its {@code secret}: the only time the secret leaves the server. It is not stored
 * anywhere (only its hash is) and cannot be shown again.
 */
public record IssuedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[token=" + token + ", secret=(not shown)]";
    }
}
