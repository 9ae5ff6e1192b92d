package kr.corepolicy.service.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    @Test
    void aDuplicateKeyDeepInTheChainIsAViolationOtherFailuresAreNot() {
        assertTrue(Constraints.isViolation(new PersistenceException(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))), "MySQL/MariaDB");
        assertTrue(Constraints.isViolation(new PersistenceException(new SQLException("unique", "23505", 23505))),
                "H2");
        assertTrue(Constraints.isViolation(new SQLException("concurrent update", "HY000", 90131)));
        assertFalse(Constraints.isViolation(new PersistenceException(new SQLException("timeout", "HYT00", 50200))));
        assertFalse(Constraints.isViolation(new IllegalStateException("x")));
    }

    @Test
    void pagesOutOfRangeAreRefusedWithTheirParameter() {
        Paging.check(0, 20, 200);
        Paging.check(49_999, 20, 200);
        for (int[] bad : new int[][] {{-1, 20}, {Integer.MAX_VALUE, 20}, {50_001, 20}}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Paging.check(bad[0], bad[1], 200));
            assertEquals("page", e.getField());
        }
        for (int size : new int[] {0, -3, 201}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Paging.check(0, size, 200));
            assertEquals("size", e.getField());
        }
    }
}
