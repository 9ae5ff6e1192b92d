package kr.corepolicy.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseStatusTest {

    @Test
    void passwordsInUrlsAreHidden() {
        assertEquals("jdbc:mysql://h/db?user=a&password=***&x=1",
                DatabaseStatus.withoutSecrets("jdbc:mysql://h/db?user=a&password=secret&x=1"));
        assertEquals("jdbc:h2:file:/x;PASSWORD=***", DatabaseStatus.withoutSecrets("jdbc:h2:file:/x;PASSWORD=pw"));
    }

    @Test
    void unusableSettingsAreExplainedBeforeConnecting() {
        assertTrue(DatabaseStatus.configurationProblem(null).orElseThrow().contains("COREPOLICY_DB_URL"));
        assertTrue(DatabaseStatus.configurationProblem("${MPCONFIG=corepolicy.db.url}").orElseThrow()
                .contains("placeholder"));
        assertTrue(DatabaseStatus.configurationProblem("jdbc:postgresql://h/db").orElseThrow()
                .contains("jdbc:mysql://"));
        assertTrue(DatabaseStatus.configurationProblem("jdbc:mysql://h:3306/db").isEmpty());
    }

    @Test
    void explanationIsTheRootCauseInOneLineWithTheSqlState() {
        Exception failure = new RuntimeException("wrapper",
                new SQLException("Communications link failure\n\nThe last packet...", "08S01",
                        new java.net.ConnectException("Connection refused")));
        assertEquals("Connection refused (SQL state 08S01).", DatabaseStatus.explain(failure));
    }
}
