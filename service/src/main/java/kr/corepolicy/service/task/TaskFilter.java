package kr.corepolicy.service.task;

import java.util.Locale;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;

/**
 * What the portfolio list is filtered by; every part is optional. {@code text} matches the management number
 * or the title. {@code unitCode} matches the owning department, or a collaborating one when
 * {@code includeCollaborating}.
 */
public record TaskFilter(Integer strategyNumber, String unitCode, boolean includeCollaborating, TaskStatus status,
        TaskSource source, TaskTerm term, String text) {

    public static final TaskFilter ALL = new TaskFilter(null, null, false, null, null, null, null);

    /** The text as a LIKE pattern with the wildcards of the user escaped, or null. */
    String likePattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
