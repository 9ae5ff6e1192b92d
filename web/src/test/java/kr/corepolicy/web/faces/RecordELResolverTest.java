package kr.corepolicy.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** Pages read record components by name, and only read them. */
class RecordELResolverTest {

    public record Card(String title, long tasks) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    /** A context of its own per lookup (it remembers whether a resolver resolved the property). */
    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void aComponentIsReadByItsName() {
        Card card = new Card("서라벌 도심활성화", 7);
        ELContext context = context();
        assertEquals("서라벌 도심활성화", resolver.getValue(context, card, "title"));
        assertTrue(context.isPropertyResolved());
        ELContext again = context();
        assertEquals(7L, resolver.getValue(again, new Card("다른 전략", 7), "tasks"), "the same class, another record");
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void anythingElseIsLeftToTheOtherResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Card("t", 1), "summary"), "not a component");
        assertNull(resolver.getValue(context, "not a record", "title"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Card("t", 1), "title"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), new Card("t", 1), "title",
                "x"));
    }
}
