package kr.corepolicy.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this HTTP session, kept as a session attribute (serializable for clustered sessions). */
record SessionCaller(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "kr.corepolicy.caller";
}
