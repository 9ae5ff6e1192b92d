package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.1.1.5");

    @Test
    void withoutATrustedProxyTheConnectionIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("1.2.3.4"), Set.of()));
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("1.2.3.4"), PROXY),
                "a header from a client that is not the proxy is ignored");
    }

    @Test
    void behindTheProxyTheAddressItAppendedCountsNotWhatTheClientWrote() {
        assertEquals("172.16.4.20", ClientAddress.resolve("10.1.1.5", List.of("172.16.4.20"), PROXY));
        assertEquals("172.16.4.20", ClientAddress.resolve("10.1.1.5", List.of("6.6.6.6, 172.16.4.20"), PROXY),
                "a forged entry on the left is skipped");
        assertEquals("172.16.4.20", ClientAddress.resolve("10.1.1.5", List.of("6.6.6.6", "172.16.4.20, 10.1.1.5"),
                Set.of("10.1.1.5")), "proxies in the chain are skipped from the right");
        assertEquals("10.1.1.5", ClientAddress.resolve("10.1.1.5", List.of(), PROXY), "no header: the proxy");
    }
}
