package kr.corepolicy.service.dashboard;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import kr.corepolicy.service.dashboard.DashboardViews.DepartmentDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.PortfolioDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;

/**
 * The dashboards' figures as the JSON kept in {@code dashboard_snapshot} (readable by whoever looks at the table),
 * and the fingerprint of their shape: a snapshot written by a version of the application whose records differ is
 * not served, but counted again.
 */
final class SnapshotCodec {

    /** The shape of the dashboards' records: their components, types and enum constants, hashed. */
    static final String FORMAT = fingerprint(PortfolioDashboard.class, DepartmentDashboard.class, RiskPage.class);

    private static final Jsonb JSONB = JsonbBuilder.create();

    private SnapshotCodec() {
    }

    static String write(Object figures) {
        return JSONB.toJson(figures);
    }

    /** Reads what {@link #write} wrote; a {@link JsonbException} when it cannot. */
    static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    /** A SHA-256 of every record component (name and type) reachable from {@code roots}, and of the enums' constants. */
    static String fingerprint(Class<?>... roots) {
        StringBuilder shape = new StringBuilder();
        Set<Type> seen = new HashSet<>();
        for (Class<?> root : roots) {
            describe(root, shape, seen);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shape.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void describe(Type type, StringBuilder shape, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                describe(argument, shape, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        if (c.isRecord()) {
            shape.append(c.getName()).append('(');
            for (RecordComponent component : c.getRecordComponents()) {
                shape.append(component.getName()).append(':').append(component.getGenericType().getTypeName())
                        .append(',');
            }
            shape.append(")\n");
            for (RecordComponent component : c.getRecordComponents()) {
                describe(component.getGenericType(), shape, seen);
            }
        } else if (c.isEnum()) {
            shape.append(c.getName()).append(Arrays.toString(c.getEnumConstants())).append('\n');
        }
    }
}
