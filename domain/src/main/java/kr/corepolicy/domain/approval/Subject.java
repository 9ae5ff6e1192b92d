package kr.corepolicy.domain.approval;

import java.util.Objects;

/**
 * What an approval document approves: its type and the id of the thing of that type (a progress report, a task
 * adjustment, meeting minutes, a fund stage). The engine moves every document the same way; the subject's
 * handler says what each step means for the subject.
 */
public record Subject(DocumentType type, long id) {

    public Subject {
        Objects.requireNonNull(type, "type");
        if (id <= 0) {
            throw new IllegalArgumentException("a subject is saved before it is sent: id " + id);
        }
    }

    public static Subject of(DocumentType type, long id) {
        return new Subject(type, id);
    }
}
