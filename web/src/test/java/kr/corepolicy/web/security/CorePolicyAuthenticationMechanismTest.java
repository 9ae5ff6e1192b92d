package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorePolicyAuthenticationMechanismTest {

    @Test
    void onlyPathsInsideTheApplicationAreRedirectTargets() {
        assertEquals("/tasks/view.xhtml?id=3", CorePolicyAuthenticationMechanism.safeNext("/tasks/view.xhtml?id=3"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext(null));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("https://evil.example/"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("//evil.example/"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("/\\evil.example"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("/j_security_check"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("/x\r\nSet-Cookie: a=b"));
    }
}
