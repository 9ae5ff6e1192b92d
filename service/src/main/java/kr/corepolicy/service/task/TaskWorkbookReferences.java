package kr.corepolicy.service.task;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbook.Reference;
import kr.corepolicy.service.task.TaskWorkbook.ReferenceKind;

/**
 * Looks up every strategy, unit and user named on the task sheet at once (a few queries, not one per row) and
 * reports each unknown one with its row and column and the card rule's own message, whether or not the row has
 * other problems. Values match as the card rules look them up ({@link TaskService}): by the database's
 * comparison, so a case-insensitive collation accepts here what it accepts there.
 */
final class TaskWorkbookReferences {

    /** Values per query, well below every database's limit of bound parameters. */
    private static final int CHUNK = 500;

    private TaskWorkbookReferences() {
    }

    static List<CellError> unknown(EntityManager em, List<Reference> references) {
        Set<String> strategies = known(em, references, ReferenceKind.STRATEGY);
        Set<String> units = known(em, references, ReferenceKind.UNIT);
        Set<String> users = known(em, references, ReferenceKind.USER);
        List<CellError> errors = new ArrayList<>();
        for (Reference r : references) {
            String key = switch (r.kind()) {
                case STRATEGY -> strategies.contains(fold(r.value())) ? null : "task.unknownStrategy";
                case UNIT -> units.contains(fold(r.value())) ? null : "task.unknownUnit";
                case USER -> users.contains(fold(r.value())) ? null : "task.unknownUser";
            };
            if (key != null) {
                errors.add(new CellError(TaskWorkbook.TASKS, r.row(), r.column(), key, List.of(r.value())));
            }
        }
        return errors;
    }

    /** The values of one kind that the database knows, folded. */
    private static Set<String> known(EntityManager em, List<Reference> references, ReferenceKind kind) {
        List<String> wanted = references.stream().filter(r -> r.kind() == kind).map(Reference::value).distinct()
                .toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            switch (kind) {
                case STRATEGY -> em.createQuery("select s.number from Strategy s where s.number in :n", Integer.class)
                        .setParameter("n", chunk.stream().map(Integer::valueOf).toList()).getResultList()
                        .forEach(n -> found.add(String.valueOf(n)));
                case UNIT -> em.createQuery("select o.code from OrgUnit o where o.code in :c", String.class)
                        .setParameter("c", chunk).getResultList().forEach(c -> found.add(fold(c)));
                case USER -> em.createQuery("select u.username from UserAccount u where u.username in :n",
                                String.class)
                        .setParameter("n", chunk).getResultList().forEach(n -> found.add(fold(n)));
            }
        }
        return found;
    }

    private static String fold(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
