package kr.corepolicy.web.rest.json;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * What the Bean Validation constraints of one value say, read once for the three readers of them: the body
 * binder (is this number in range?), the refusal (what range to name) and the OpenAPI description (what to
 * publish). A whole-number Java type bounds its value even without a constraint, so that nothing is wrapped.
 *
 * @param min smallest allowed number, or null
 * @param max largest allowed number, or null
 * @param minSize shortest allowed text or list, or null
 * @param maxSize longest allowed text or list, or null
 * @param fraction most digits allowed after the decimal point, or null (whole-number types: 0)
 * @param required whether the value must be present
 */
public record Bounds(BigDecimal min, BigDecimal max, Integer minSize, Integer maxSize, Integer fraction,
        boolean required) {

    static final Bounds NONE = new Bounds(null, null, null, null, null, false);

    /** The bounds of a value of the given Java type that carries the given annotations. */
    public static Bounds of(Class<?> type, Annotation... annotations) {
        BigDecimal min = null;
        BigDecimal max = null;
        Integer minSize = null;
        Integer maxSize = null;
        Integer fraction = null;
        boolean required = type.isPrimitive();
        if (type == int.class || type == Integer.class) {
            min = BigDecimal.valueOf(Integer.MIN_VALUE);
            max = BigDecimal.valueOf(Integer.MAX_VALUE);
            fraction = 0;
        } else if (type == long.class || type == Long.class) {
            min = BigDecimal.valueOf(Long.MIN_VALUE);
            max = BigDecimal.valueOf(Long.MAX_VALUE);
            fraction = 0;
        } else if (type == short.class || type == Short.class) {
            min = BigDecimal.valueOf(Short.MIN_VALUE);
            max = BigDecimal.valueOf(Short.MAX_VALUE);
            fraction = 0;
        } else if (type == BigInteger.class) {
            fraction = 0;
        }
        for (Annotation a : annotations) {
            if (a instanceof Min m) {
                min = larger(min, BigDecimal.valueOf(m.value()));
            } else if (a instanceof Max m) {
                max = smaller(max, BigDecimal.valueOf(m.value()));
            } else if (a instanceof DecimalMin m) {
                min = larger(min, new BigDecimal(m.value()));
            } else if (a instanceof DecimalMax m) {
                max = smaller(max, new BigDecimal(m.value()));
            } else if (a instanceof PositiveOrZero) {
                min = larger(min, BigDecimal.ZERO);
            } else if (a instanceof Positive) {
                min = larger(min, fraction != null && fraction == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            } else if (a instanceof Digits d) {
                fraction = fraction == null ? d.fraction() : Math.min(fraction, d.fraction());
                BigDecimal limit = BigDecimal.TEN.pow(d.integer()).subtract(BigDecimal.ONE);
                max = smaller(max, limit);
                min = larger(min, limit.negate());
            } else if (a instanceof Size s) {
                minSize = s.min() > 0 ? Integer.valueOf(s.min()) : minSize;
                maxSize = s.max() < Integer.MAX_VALUE ? Integer.valueOf(s.max()) : maxSize;
            } else if (a instanceof NotNull) {
                required = true;
            } else if (a instanceof NotBlank || a instanceof NotEmpty) {
                required = true;
                minSize = minSize == null ? 1 : Math.max(minSize, 1);
            } else if (a.annotationType().getPackageName().equals(NotNull.class.getPackageName())) {
                // Refused here so that no constraint is written on a record and silently neither checked nor
                // described.
                throw new IllegalStateException("@" + a.annotationType().getSimpleName()
                        + " is not read by the API's body binder; use one of those in Bounds");
            }
        }
        return new Bounds(min, max, minSize, maxSize, fraction, required);
    }

    /** Whether the number lies within {@link #min} and {@link #max} and has no more fraction digits than allowed. */
    public boolean admits(BigDecimal number) {
        return (min == null || number.compareTo(min) >= 0) && (max == null || number.compareTo(max) <= 0)
                && (fraction == null || Math.max(0, number.stripTrailingZeros().scale()) <= fraction);
    }

    /** Whether the number is out of {@link #min}..{@link #max} (as opposed to too precise). */
    public boolean outOfRange(BigDecimal number) {
        return (min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0);
    }

    /** Whether a whole number is meant. */
    public boolean whole() {
        return fraction != null && fraction == 0;
    }

    static Annotation[] merge(Annotation[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).distinct().toArray(Annotation[]::new);
    }

    private static BigDecimal larger(BigDecimal current, BigDecimal candidate) {
        return current == null || candidate.compareTo(current) > 0 ? candidate : current;
    }

    private static BigDecimal smaller(BigDecimal current, BigDecimal candidate) {
        return current == null || candidate.compareTo(current) < 0 ? candidate : current;
    }
}
