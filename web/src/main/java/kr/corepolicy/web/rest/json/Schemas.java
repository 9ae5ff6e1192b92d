package kr.corepolicy.web.rest.json;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schemas of the records that the API reads and writes, made from the records themselves: each
 * component with its type and format, and the ranges, lengths, sizes and allowed values that {@link Bounds}
 * reads from its constraints — the same reading the {@link BodyBinder} enforces. Plain records become named
 * components; a generic record ({@code Page<T>}) is written out where it is used.
 */
public final class Schemas {

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    /** The named component schemas made so far. */
    public Map<String, Schema> components() {
        return components;
    }

    /** The schema of a value of the given type, with the given bounds. */
    public Schema of(Type type, Bounds bounds) {
        return of(type, null, bounds, Map.of());
    }

    /** The schema of a record component or generic argument, reading its type-use constraints. */
    private Schema of(Type type, AnnotatedType annotated, Bounds bounds, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? OASFactory.createSchema().type(SchemaType.OBJECT) : of(bound, null, bounds, Map.of());
        }
        Class<?> raw = BodyBinder.raw(type);
        if (Collection.class.isAssignableFrom(raw)) {
            Schema items = of(argument(type, 0, bindings), elementOf(annotated, 0), elementBounds(annotated, 0),
                    bindings);
            Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
            if (Set.class.isAssignableFrom(raw)) {
                array.uniqueItems(true);
            }
            sizes(array, bounds, true);
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Schema keys = of(argument(type, 0, bindings), elementOf(annotated, 0), elementBounds(annotated, 0), bindings);
            Schema values = of(argument(type, 1, bindings), elementOf(annotated, 1), elementBounds(annotated, 1),
                    bindings);
            Schema map = OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(values);
            map.description("Keys: " + describe(keys));
            if (bounds.maxSize() != null) {
                map.maxProperties(bounds.maxSize());
            }
            return map;
        }
        if (raw.isRecord()) {
            if (type instanceof ParameterizedType parameterized) {
                return record(raw, bind(raw, parameterized, bindings));
            }
            return OASFactory.createSchema().ref(component(raw));
        }
        return scalar(raw, bounds);
    }

    private Schema scalar(Class<?> raw, Bounds bounds) {
        Schema s = OASFactory.createSchema();
        if (raw == String.class) {
            s.type(SchemaType.STRING);
            sizes(s, bounds, false);
        } else if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            s.type(SchemaType.INTEGER).format("int32");
            range(s, bounds);
        } else if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            s.type(SchemaType.INTEGER).format("int64");
            range(s, bounds);
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            s.type(SchemaType.NUMBER);
            range(s, bounds);
            if (bounds.fraction() != null) {
                s.multipleOf(BigDecimal.ONE.movePointLeft(bounds.fraction()));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.type(SchemaType.BOOLEAN);
        } else if (raw == LocalDate.class) {
            s.type(SchemaType.STRING).format("date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            s.type(SchemaType.STRING).format("date-time");
        } else if (raw.isEnum()) {
            s.type(SchemaType.STRING).enumeration(
                    new ArrayList<>(Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()));
        } else {
            s.type(SchemaType.OBJECT);
        }
        return s;
    }

    /** Registers a plain record as a named component (once) and returns its name. */
    private String component(Class<?> record) {
        String known = names.get(record);
        if (known != null) {
            return known;
        }
        String name = record.getSimpleName();
        if (components.containsKey(name) && record.getEnclosingClass() != null) {
            name = record.getEnclosingClass().getSimpleName() + "." + name;
        }
        while (components.containsKey(name)) {
            name = name + "_";
        }
        names.put(record, name);
        components.put(name, OASFactory.createSchema()); // placeholder against cycles
        components.put(name, record(record, Map.of()));
        return name;
    }

    private Schema record(Class<?> record, Map<TypeVariable<?>, Type> bindings) {
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            Bounds bounds = BodyBinder.bounds(c);
            schema.addProperty(c.getName(), of(c.getGenericType(), c.getAnnotatedType(), bounds, bindings));
            if (bounds.required()) {
                required.add(c.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    private static Map<TypeVariable<?>, Type> bind(Class<?> raw, ParameterizedType parameterized,
            Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        Type[] actual = parameterized.getActualTypeArguments();
        for (int i = 0; i < variables.length; i++) {
            Type t = actual[i];
            bindings.put(variables[i], t instanceof TypeVariable<?> v && outer.containsKey(v) ? outer.get(v) : t);
        }
        return bindings;
    }

    private static Type argument(Type type, int index, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof ParameterizedType p) {
            Type t = p.getActualTypeArguments()[index];
            return t instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : t;
        }
        return Object.class;
    }

    private static AnnotatedType elementOf(AnnotatedType annotated, int index) {
        return annotated instanceof java.lang.reflect.AnnotatedParameterizedType p
                ? p.getAnnotatedActualTypeArguments()[index] : null;
    }

    private static Bounds elementBounds(AnnotatedType annotated, int index) {
        AnnotatedType element = elementOf(annotated, index);
        if (element == null || !(element.getType() instanceof Class<?> || element.getType() instanceof ParameterizedType)) {
            return Bounds.NONE;
        }
        return Bounds.of(BodyBinder.raw(element.getType()), element.getAnnotations());
    }

    private static void range(Schema s, Bounds bounds) {
        if (bounds.min() != null) {
            s.minimum(bounds.min());
        }
        if (bounds.max() != null) {
            s.maximum(bounds.max());
        }
    }

    private static void sizes(Schema s, Bounds bounds, boolean items) {
        if (bounds.minSize() != null) {
            if (items) {
                s.minItems(bounds.minSize());
            } else {
                s.minLength(bounds.minSize());
            }
        }
        if (bounds.maxSize() != null) {
            if (items) {
                s.maxItems(bounds.maxSize());
            } else {
                s.maxLength(bounds.maxSize());
            }
        }
    }

    private static String describe(Schema s) {
        StringBuilder text = new StringBuilder(s.getType() == null ? "text" : s.getType().toString());
        if (s.getMinimum() != null || s.getMaximum() != null) {
            text.append(" from ").append(s.getMinimum() == null ? "-" : s.getMinimum().toPlainString())
                    .append(" to ").append(s.getMaximum() == null ? "-" : s.getMaximum().toPlainString());
        }
        if (s.getEnumeration() != null) {
            text.append(" ").append(s.getEnumeration());
        }
        return text.toString();
    }
}
