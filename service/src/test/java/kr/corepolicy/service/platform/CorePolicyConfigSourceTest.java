package kr.corepolicy.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorePolicyConfigSourceTest {

    @Test
    void withNothingSetItIsTheEmbeddedDatabaseInDemoMode() {
        CorePolicyConfigSource source = new CorePolicyConfigSource(Map.of(
                CorePolicyConfigSource.DATA_DIR, "/srv/corepolicy")::get);
        assertEquals("jdbc:h2:file:/srv/corepolicy/db/corepolicy;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE",
                source.getValue(CorePolicyConfigSource.DB_URL));
        assertEquals("org.h2.jdbcx.JdbcDataSource", source.getValue(CorePolicyConfigSource.DB_DATASOURCE_CLASS));
        assertEquals("true", source.getValue(CorePolicyConfigSource.DEMO));
        assertEquals(CorePolicyConfigSource.EMBEDDED_USER, source.getValue(CorePolicyConfigSource.DB_USER));
        assertEquals("/srv/corepolicy", source.getValue(CorePolicyConfigSource.DATA_DIR));
    }

    @Test
    void dataDirectoryDefaultsToTheHomeFolder() {
        CorePolicyConfigSource source = new CorePolicyConfigSource(name -> null);
        assertEquals(Path.of(System.getProperty("user.home"), "corepolicy-data").toString(),
                source.getValue(CorePolicyConfigSource.DATA_DIR));
    }

    @Test
    void aConfiguredMysqlUrlChoosesConnectorJAndLeavesDemoOffAndCredentialsToTheOperator() {
        CorePolicyConfigSource source = new CorePolicyConfigSource(Map.of(
                CorePolicyConfigSource.DB_URL, "jdbc:mysql://db.city.local:3306/corepolicy")::get);
        assertNull(source.getValue(CorePolicyConfigSource.DB_URL), "the operator's value is used, not a default");
        assertEquals("com.mysql.cj.jdbc.MysqlDataSource", source.getValue(CorePolicyConfigSource.DB_DATASOURCE_CLASS));
        assertEquals("false", source.getValue(CorePolicyConfigSource.DEMO));
        assertNull(source.getValue(CorePolicyConfigSource.DB_USER));
        assertNull(source.getValue(CorePolicyConfigSource.DB_PASSWORD));
        assertTrue(source.getOrdinal() < 100, "must lose against microprofile-config.properties");
    }

    @Test
    void unknownDatabasesHaveNoDataSourceClass() {
        assertNull(CorePolicyConfigSource.dataSourceClassFor("jdbc:postgresql://x/y"));
        assertNull(CorePolicyConfigSource.dataSourceClassFor("jdbc:mariadb://x/y"));
    }
}
