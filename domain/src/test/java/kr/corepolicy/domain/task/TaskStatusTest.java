package kr.corepolicy.domain.task;

import static kr.corepolicy.domain.task.TaskStatus.DONE;
import static kr.corepolicy.domain.task.TaskStatus.DONE_CONTINUING;
import static kr.corepolicy.domain.task.TaskStatus.DROPPED;
import static kr.corepolicy.domain.task.TaskStatus.MERGED;
import static kr.corepolicy.domain.task.TaskStatus.ON_HOLD;
import static kr.corepolicy.domain.task.TaskStatus.ON_TRACK;
import static kr.corepolicy.domain.task.TaskStatus.PARTLY;
import static kr.corepolicy.domain.task.TaskStatus.REPLACED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.task.TaskStatus.Authority;
import org.junit.jupiter.api.Test;

/** Every transition of the status vocabulary, by a report and by an adjustment: allowed, refused, final. */
class TaskStatusTest {

    private static final Set<TaskStatus> REPORTABLE = EnumSet.of(ON_TRACK, PARTLY, ON_HOLD, DONE_CONTINUING, DONE);

    /** What an approved progress report may move each status to (keeping the status always counts). */
    private static final Map<TaskStatus, Set<TaskStatus>> BY_REPORT = Map.of(
            ON_TRACK, REPORTABLE,
            PARTLY, REPORTABLE,
            ON_HOLD, REPORTABLE,
            DONE_CONTINUING, REPORTABLE,
            DONE, EnumSet.of(DONE),
            DROPPED, EnumSet.of(DROPPED),
            REPLACED, EnumSet.of(REPLACED),
            MERGED, EnumSet.of(MERGED));

    /** What an approved task adjustment may move each status to. */
    private static final Map<TaskStatus, Set<TaskStatus>> BY_ADJUSTMENT = Map.of(
            ON_TRACK, EnumSet.allOf(TaskStatus.class),
            PARTLY, EnumSet.allOf(TaskStatus.class),
            ON_HOLD, EnumSet.allOf(TaskStatus.class),
            DONE_CONTINUING, EnumSet.allOf(TaskStatus.class),
            DONE, EnumSet.allOf(TaskStatus.class),
            DROPPED, EnumSet.of(DROPPED),
            REPLACED, EnumSet.of(REPLACED),
            MERGED, EnumSet.of(MERGED));

    @Test
    void everyTransitionByAReportIsAllowedOrRefusedAsTheTableSays() {
        checkAll(Authority.REPORT, BY_REPORT);
    }

    @Test
    void everyTransitionByAnAdjustmentIsAllowedOrRefusedAsTheTableSays() {
        checkAll(Authority.ADJUSTMENT, BY_ADJUSTMENT);
    }

    private static void checkAll(Authority authority, Map<TaskStatus, Set<TaskStatus>> table) {
        int checked = 0;
        for (TaskStatus from : TaskStatus.values()) {
            for (TaskStatus to : TaskStatus.values()) {
                boolean allowed = table.get(from).contains(to);
                assertEquals(allowed, from.mayMoveTo(to, authority), authority + ": " + from + " -> " + to);
                if (allowed) {
                    assertDoesNotThrow(() -> from.requireMoveTo(to, authority));
                } else {
                    InvalidInputException e = assertThrows(InvalidInputException.class,
                            () -> from.requireMoveTo(to, authority), from + " -> " + to);
                    assertEquals("status", e.getField(), "the refusal names the field");
                }
                checked++;
            }
            assertEquals(List.copyOf(table.get(from)), from.next(authority), "next of " + from);
        }
        assertEquals(64, checked);
    }

    @Test
    void theRefusalsSayWhy() {
        assertEquals("task.statusAdjustmentOnly", key(() -> ON_TRACK.requireMoveTo(MERGED, Authority.REPORT)));
        assertEquals("task.statusAdjustmentOnly", key(() -> PARTLY.requireMoveTo(DROPPED, Authority.REPORT)));
        assertEquals("task.statusAdjustmentOnly", key(() -> ON_HOLD.requireMoveTo(REPLACED, Authority.REPORT)));
        assertEquals("task.statusDoneClosed", key(() -> DONE.requireMoveTo(ON_TRACK, Authority.REPORT)));
        assertEquals("task.statusFinal", key(() -> DROPPED.requireMoveTo(ON_TRACK, Authority.REPORT)));
        assertEquals("task.statusFinal", key(() -> DROPPED.requireMoveTo(ON_TRACK, Authority.ADJUSTMENT)));
        assertEquals("task.statusFinal", key(() -> MERGED.requireMoveTo(REPLACED, Authority.ADJUSTMENT)));
        assertEquals("task.statusRequired", key(() -> ON_TRACK.requireMoveTo(null, Authority.REPORT)));
    }

    @Test
    void theVocabularyIsSplitIntoReportableAdjustmentOnlyAndFinal() {
        assertEquals(List.of(ON_TRACK, PARTLY, ON_HOLD, DONE_CONTINUING, DONE), TaskStatus.reportable());
        for (TaskStatus s : TaskStatus.values()) {
            assertEquals(REPORTABLE.contains(s), s.isReportable(), s.name());
            assertEquals(!REPORTABLE.contains(s), s.isAdjustmentOnly(), s.name());
        }
        assertTrue(DROPPED.isFinal() && REPLACED.isFinal() && MERGED.isFinal());
        assertFalse(DONE.isFinal(), "an adjustment may reopen a completed task");
        assertEquals(ON_TRACK, TaskStatus.INITIAL);
    }

    private static String key(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).getMessageKey();
    }
}
