package kr.corepolicy.service.approval;

import java.util.EnumMap;
import java.util.Map;
import kr.corepolicy.domain.approval.DocumentType;

/** The handlers of the document types, one per type: a second one for a type, or none, is a deployment error. */
public final class DocumentHandlers {

    private final Map<DocumentType, DocumentHandler> byType = new EnumMap<>(DocumentType.class);

    public DocumentHandlers(Iterable<? extends DocumentHandler> handlers) {
        for (DocumentHandler h : handlers) {
            DocumentHandler before = byType.putIfAbsent(h.type(), h);
            if (before != null) {
                throw new IllegalStateException("two handlers of " + h.type() + ": " + before.getClass().getName()
                        + " and " + h.getClass().getName());
            }
        }
    }

    /** The handler of the type; a type without one cannot be sent, so its documents never reach the engine. */
    public DocumentHandler of(DocumentType type) {
        DocumentHandler handler = byType.get(type);
        if (handler == null) {
            throw new IllegalStateException("no handler of " + type + " documents is deployed");
        }
        return handler;
    }

    /** Whether documents of the type can be sent today. */
    public boolean serves(DocumentType type) {
        return byType.containsKey(type);
    }
}
