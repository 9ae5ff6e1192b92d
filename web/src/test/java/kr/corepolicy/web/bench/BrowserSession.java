package kr.corepolicy.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kr.corepolicy.web.ApiClient.Reply;

/**
 * A browser's session, as {@code bench/common.sh} keeps one with curl: a cookie jar, redirects not followed,
 * signed in through the sign-in form (the sign-in page first, then {@code POST /j_security_check}). It sends no
 * {@code Origin} or {@code Sec-Fetch-Site}, so the anti-forgery check lets the form post through as a script's.
 * Pages and API calls then run as the signed-in user, without HTTP Basic (no password hash per request).
 */
final class BrowserSession {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String user;

    private BrowserSession(String base, String user) {
        this.base = base.replaceAll("/$", "");
        this.user = user;
    }

    /** Signs {@code user} in at the server whose root is {@code base}; fails unless the form accepts them. */
    static BrowserSession signIn(String base, String user, String password) throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession(base, user);
        Reply login = session.page("/login.xhtml");
        if (login.status() != 200) {
            throw new AssertionError("the sign-in page answers " + login.status());
        }
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=/";
        HttpResponse<String> reply = session.http.send(HttpRequest.newBuilder(URI.create(session.base
                + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = reply.headers().firstValue("Location").orElse("");
        if (reply.statusCode() != 302 || location.contains("login.xhtml")) {
            throw new AssertionError(user + " did not sign in: " + reply.statusCode() + " → " + location);
        }
        Reply me = session.api("/api/me");
        if (me.status() != 200 || !me.body().contains("\"username\":\"" + user + "\"")) {
            throw new AssertionError(user + "'s session is not theirs: " + me);
        }
        return session;
    }

    String user() {
        return user;
    }

    /** A page as a browser asks for it. */
    Reply page(String path) throws IOException, InterruptedException {
        return get(path, "text/html,application/xhtml+xml");
    }

    /** An API call on the session. */
    Reply api(String path) throws IOException, InterruptedException {
        return get(path, "application/json");
    }

    Reply get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""), null);
    }
}
