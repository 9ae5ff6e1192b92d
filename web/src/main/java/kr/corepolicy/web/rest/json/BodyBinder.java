package kr.corepolicy.web.rest.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.web.Jsonp;

/**
 * Turns a parsed JSON value into the record the resource method takes, exactly or not at all: a whole number
 * out of its type's range or its constraints, a fraction where a whole number is meant, a number in a text
 * field, an enum name that does not exist or a field the record does not have is refused with an
 * {@link InvalidInputException} naming the field by its path ({@code funds[1].requestedWon}) and saying what is
 * allowed. The Bean Validation constraints on the record components are read through {@link Bounds}, the same
 * reading that the published description uses.
 */
public final class BodyBinder {

    private static final int SHOWN = 40;

    /** The bounds of each component of a record type, read from its annotations once per type, not per request. */
    private static final ClassValue<Bounds[]> COMPONENT_BOUNDS = new ClassValue<>() {
        @Override
        protected Bounds[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(BodyBinder::bounds).toArray(Bounds[]::new);
        }
    };

    private BodyBinder() {
    }

    /** Binds a whole body to the given record type. */
    public static <T> T bind(JsonValue json, Class<T> type) {
        return type.cast(value(json, annotated(type), "", Bounds.NONE));
    }

    /** The Java types a body may contain, besides records, lists, sets and maps of them. */
    static boolean isScalar(Class<?> type) {
        return type == String.class || type == Boolean.class || type == boolean.class || type == LocalDate.class
                || type.isEnum() || isNumber(type);
    }

    static boolean isNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigDecimal.class || type == BigInteger.class;
    }

    /** The bounds of one record component: annotations on its accessor and on its type. */
    static Bounds bounds(RecordComponent component) {
        return Bounds.of(component.getType(), Bounds.merge(component.getAccessor().getAnnotations(),
                component.getAnnotatedType().getAnnotations()));
    }

    private static Object value(JsonValue json, AnnotatedType annotated, String path, Bounds bounds) {
        Class<?> type = raw(annotated.getType());
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            if (bounds.required()) {
                throw refusal(path, "body.required", json);
            }
            return null;
        }
        if (type.isRecord()) {
            return record(json, type, path);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return collection(json, annotated, type, path, bounds);
        }
        if (Map.class.isAssignableFrom(type)) {
            return map(json, annotated, path, bounds);
        }
        return scalar(json, type, path, bounds);
    }

    private static Object record(JsonValue json, Class<?> type, String path) {
        if (!(json instanceof JsonObject object)) {
            throw refusal(path, "body.object", json);
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String key : object.keySet()) {
            if (!names.contains(key)) {
                throw new InvalidInputException(child(path, key), "body.unknownField", "unknown field " + key,
                        child(path, key), String.join(", ", names));
            }
        }
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        // Values given are checked first, so that a wrong value is named before a missing one.
        String missing = null;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonValue given = object.get(c.getName());
            Bounds bounds = COMPONENT_BOUNDS.get(type)[i];
            if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
                if (bounds.required() && missing == null) {
                    missing = child(path, c.getName());
                }
            } else {
                arguments[i] = value(given, c.getAnnotatedType(), child(path, c.getName()), bounds);
            }
        }
        if (missing != null) {
            throw refusal(missing, "body.required", JsonValue.NULL);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof BusinessException business) {
                throw business;
            }
            throw new IllegalStateException("cannot make " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    private static Object collection(JsonValue json, AnnotatedType annotated, Class<?> type, String path,
            Bounds bounds) {
        if (!(json instanceof JsonArray array)) {
            throw refusal(path, "body.list", json);
        }
        checkSize(path, "body.listSize", array.size(), bounds);
        AnnotatedType element = argument(annotated, 0);
        Bounds elementBounds = elementBounds(element);
        Collection<Object> out = Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            Object item = value(array.get(i), element, at, elementBounds);
            if (item == null) {
                throw refusal(at, "body.required", array.get(i));
            }
            out.add(item);
        }
        return Set.class.isAssignableFrom(type) ? Set.copyOf(out) : List.copyOf(out);
    }

    private static Object map(JsonValue json, AnnotatedType annotated, String path, Bounds bounds) {
        if (!(json instanceof JsonObject object)) {
            throw refusal(path, "body.object", json);
        }
        checkSize(path, "body.listSize", object.size(), bounds);
        AnnotatedType key = argument(annotated, 0);
        AnnotatedType element = argument(annotated, 1);
        Bounds keyBounds = elementBounds(key);
        Bounds elementBounds = elementBounds(element);
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            String at = path + "[" + e.getKey() + "]";
            Object k = scalar(keyJson(e.getKey(), raw(key.getType())), raw(key.getType()), at, keyBounds);
            Object v = value(e.getValue(), element, at, elementBounds);
            if (v == null) {
                throw refusal(at, "body.required", e.getValue());
            }
            out.put(k, v);
        }
        return Map.copyOf(out);
    }

    /** A map key is always a JSON text; a numeric key is read as the number it spells. */
    private static JsonValue keyJson(String key, Class<?> type) {
        if (isNumber(type)) {
            try {
                return Jsonp.JSON.createValue(new BigDecimal(key));
            } catch (NumberFormatException e) {
                return Jsonp.JSON.createValue(key);
            }
        }
        return Jsonp.JSON.createValue(key);
    }

    private static Object scalar(JsonValue json, Class<?> type, String path, Bounds bounds) {
        if (isNumber(type)) {
            return number(json, type, path, bounds);
        }
        if (type == String.class) {
            if (!(json instanceof JsonString text)) {
                throw refusal(path, "body.text", json);
            }
            String s = text.getString();
            if (bounds.minSize() != null && bounds.minSize() > 0 && s.isBlank()) {
                throw refusal(path, "body.blank", json);
            }
            checkSize(path, "body.textLength", s.codePointCount(0, s.length()), bounds);
            return s;
        }
        if (type == Boolean.class || type == boolean.class) {
            if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
                return json == JsonValue.TRUE;
            }
            throw refusal(path, "body.boolean", json);
        }
        if (type == LocalDate.class) {
            if (json instanceof JsonString text) {
                try {
                    return LocalDate.parse(text.getString());
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw refusal(path, "body.date", json);
        }
        if (type.isEnum()) {
            if (json instanceof JsonString text) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text.getString())) {
                        return constant;
                    }
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            throw new InvalidInputException(path, "body.enum", "no such value at " + path, path, shown(json),
                    allowed);
        }
        throw new IllegalStateException("a body of the API may not hold a " + type.getName() + " (" + path + ")");
    }

    private static Object number(JsonValue json, Class<?> type, String path, Bounds bounds) {
        if (!(json instanceof JsonNumber number)) {
            throw refusal(path, "body.number", json);
        }
        BigDecimal value = number.bigDecimalValue();
        if (bounds.outOfRange(value)) {
            String min = bounds.min() == null ? null : bounds.min().toPlainString();
            String max = bounds.max() == null ? null : bounds.max().toPlainString();
            String key = min == null ? "body.rangeMax" : max == null ? "body.rangeMin" : "body.range";
            throw new InvalidInputException(path, key, "out of range at " + path, path, shown(json),
                    min == null ? max : min, max == null ? "" : max);
        }
        if (!bounds.admits(value)) {
            throw bounds.whole() ? refusal(path, "body.whole", json)
                    : new InvalidInputException(path, "body.fraction", "too precise at " + path, path, shown(json),
                            String.valueOf(bounds.fraction()));
        }
        if (type == int.class || type == Integer.class) {
            return value.intValueExact();
        }
        if (type == long.class || type == Long.class) {
            return value.longValueExact();
        }
        if (type == short.class || type == Short.class) {
            return value.shortValueExact();
        }
        if (type == BigInteger.class) {
            return value.toBigIntegerExact();
        }
        return value;
    }

    private static void checkSize(String path, String key, int size, Bounds bounds) {
        if ((bounds.minSize() != null && size < bounds.minSize())
                || (bounds.maxSize() != null && size > bounds.maxSize())) {
            throw new InvalidInputException(path, key, "size " + size + " at " + path, path, String.valueOf(size),
                    String.valueOf(bounds.minSize() == null ? 0 : bounds.minSize()),
                    bounds.maxSize() == null ? "" : String.valueOf(bounds.maxSize()));
        }
    }

    private static InvalidInputException refusal(String path, String key, JsonValue json) {
        return new InvalidInputException(path, key, key + " at " + path, path, shown(json));
    }

    /** The received value as the client wrote it, shortened. */
    private static String shown(JsonValue json) {
        String text = json == null ? "null" : json.toString();
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Bounds elementBounds(AnnotatedType element) {
        return Bounds.of(raw(element.getType()), element.getAnnotations());
    }

    static AnnotatedType argument(AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            return parameterized.getAnnotatedActualTypeArguments()[index];
        }
        throw new IllegalStateException("a collection in a body needs its element type: " + annotated.getType());
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("a body of the API may not hold a " + type);
    }

    private static AnnotatedType annotated(Class<?> type) {
        return new AnnotatedType() {
            @Override
            public Type getType() {
                return type;
            }

            @Override
            public <A extends Annotation> A getAnnotation(Class<A> annotationClass) {
                return null;
            }

            @Override
            public Annotation[] getAnnotations() {
                return new Annotation[0];
            }

            @Override
            public Annotation[] getDeclaredAnnotations() {
                return new Annotation[0];
            }
        };
    }
}
