package kr.corepolicy.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the person behind a request, for the sign-in throttle and the audit. It is the connection's
 * address, unless that is one of the city's reverse proxies named in {@code COREPOLICY_TRUSTED_PROXIES}: then
 * it is the address the proxies appended to {@code X-Forwarded-For}, read from the right and skipping the
 * trusted proxies. Entries a client wrote itself stand to the left and are never used, so a client cannot
 * choose its own address; and behind the proxy, employees are not all throttled as one address.
 */
public final class ClientAddress {

    /** Setting: the addresses of the reverse proxies in front of Payara, comma-separated. */
    public static final String TRUSTED_PROXIES = "corepolicy.trusted-proxies";

    private ClientAddress() {
    }

    /** The client address of {@code request}, under the configured trusted proxies. */
    public static String of(HttpServletRequest request) {
        String connection = request.getRemoteAddr();
        Set<String> trusted = trustedProxies();
        if (connection == null || !trusted.contains(connection.strip())) {
            return connection;
        }
        var headers = request.getHeaders("X-Forwarded-For");
        return resolve(connection, headers == null ? List.of() : java.util.Collections.list(headers), trusted);
    }

    /**
     * The client address from the connection's address, the forwarded-for header values in the order received
     * and the trusted proxies.
     */
    static String resolve(String connection, List<String> forwardedFor, Set<String> trusted) {
        if (connection == null || !trusted.contains(connection.strip())) {
            return connection;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i).length() <= 64 ? hops.get(i) : connection;
            }
        }
        return connection;
    }

    private static Set<String> trustedProxies() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class)
                    .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
        } catch (IllegalStateException noConfiguration) {
            // outside a container (plain unit tests): no proxy is trusted
            return Set.of();
        }
    }
}
