package kr.corepolicy.web.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import kr.corepolicy.service.platform.KpiStandingsBackfill;

/**
 * Fills an empty database with a generated city for the performance work of issue #12: {@code --scale=40} is a
 * city forty times Gyeongju (2,000 tasks over 7 strategies, 5,000 people on a chart of 국, 과 and 팀, ten years of
 * monthly and quarterly periods with every report approved through its document and signatures, notifications).
 * The database is the one the application would use: {@code COREPOLICY_DB_URL}/{@code _USER}/{@code _PASSWORD}
 * for MySQL/MariaDB, else the embedded H2 of {@code --data}. The application's Flyway migrations run first; a
 * database that already has an organisation, people or tasks is refused.
 *
 * <pre>
 * ./mvnw -Pgenerate -DskipTests package -Dscale=40 -Dseed=1 -Ddata=/tmp/city40     (README, "A generated city")
 * java -cp … kr.corepolicy.web.bench.CityGenerator --scale=40 --seed=1 --data=/tmp/city40 --micro-jar=web/target/payara-micro.jar
 * </pre>
 *
 * Every user's password is {@code demo1234}, hashed once in the application's format (PBKDF2 with HMAC-SHA-512,
 * the application's iterations, 32 bytes of salt, 64 of key: what {@code AccountService} configures) and reused.
 * The same seed and {@code --until} month give the same rows.
 */
public final class CityGenerator {

    /** The month the generated history ends in (its period is open): fixed, so that a seed alone fixes the data. */
    public static final YearMonth DEFAULT_UNTIL = YearMonth.of(2026, 11);
    static final String PASSWORD = "demo1234";
    static final int HASH_ITERATIONS = 210_000;

    private CityGenerator() {
    }

    /** The answer of a run: rows per table, the schema version, the time taken. */
    public record Result(Map<String, Long> rows, String schemaVersion, Duration took) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("scale", "1", "seed", "1", "data", "data",
                "until", DEFAULT_UNTIL.toString(), "micro-jar", "web/target/payara-micro.jar"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !options.containsKey(name)) {
                System.err.println("usage: CityGenerator [--scale=1] [--seed=1] [--data=DIR] [--until=YYYY-MM] "
                        + "[--micro-jar=web/target/payara-micro.jar]; MySQL/MariaDB through COREPOLICY_DB_URL, "
                        + "COREPOLICY_DB_USER, COREPOLICY_DB_PASSWORD. Unknown: " + arg);
                System.exit(2);
            }
            if (!arg.substring(eq + 1).isBlank()) {
                options.put(name, arg.substring(eq + 1).strip());
            }
        }
        CityDatabase db = CityDatabase.configured(Path.of(options.get("data")), Path.of(options.get("micro-jar")));
        System.out.println("Generating a city of scale " + options.get("scale") + " (seed " + options.get("seed")
                + ", until " + options.get("until") + ") into " + db.url);
        try {
            Result result = generate(db, Double.parseDouble(options.get("scale")), Long.parseLong(options.get("seed")),
                    YearMonth.parse(options.get("until")));
            result.rows().forEach((table, n) -> System.out.printf("  %-20s %,12d%n", table, n));
            System.out.printf("Generated in %.1f s (schema version %s). Sign in as planner, officer, head, admin … "
                    + "with the password %s.%n", result.took().toMillis() / 1000.0, result.schemaVersion(), PASSWORD);
        } catch (RefusedException e) {
            System.err.println("REFUSED: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The database is not empty. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** Migrates {@code db}, refuses it unless empty, and writes the city of {@code scale} and {@code seed}. */
    static Result generate(CityDatabase db, double scale, long seed, YearMonth until)
            throws SQLException, RefusedException, GeneralSecurityException {
        long start = System.nanoTime();
        CityPlan plan = CityPlan.of(scale, seed, until);
        String version = db.migrate();
        try (Connection c = db.getConnection()) {
            String refusal = db.notEmpty(c);
            if (refusal != null) {
                throw new RefusedException(refusal);
            }
            Map<String, Long> rows = new CityWriter(plan, c, passwordHash(seed)).write();
            // Each task's official report and its KPIs' standings, as the application writes them on approval.
            KpiStandingsBackfill.fill(c);
            db.restartIdentities(c);
            c.commit();
            return new Result(rows, version, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Convenience for tests: the embedded database of {@code dataDir} with Payara Micro's H2. */
    public static Result generateEmbedded(Path dataDir, Path microJar, double scale, long seed)
            throws SQLException, IOException, RefusedException, GeneralSecurityException {
        return generate(CityDatabase.embedded(dataDir, microJar), scale, seed, DEFAULT_UNTIL);
    }

    /**
     * {@code demo1234} as Jakarta Security's {@code Pbkdf2PasswordHash} stores it with the application's parameters:
     * {@code PBKDF2WithHmacSHA512:210000:<salt>:<key>}, Base64; the salt comes from the seed.
     */
    static String passwordHash(long seed) throws GeneralSecurityException {
        byte[] salt = new byte[32];
        new Random(seed).nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, HASH_ITERATIONS, 64 * 8);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:" + HASH_ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(key);
    }
}
