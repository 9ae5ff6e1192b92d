package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Several fields refused at once, each with its own reason ({@link #getRefusals()}), so that the person at the
 * screen or the API's caller sees everything to fix in one answer. It is an {@link InvalidInputException} of the
 * first refused field (whoever knows only one field still places it), and its own message says how many fields
 * need attention ({@code form.fieldsRefused}, argument: the count).
 */
@ApplicationException(rollback = true)
public class FieldsRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<InvalidInputException> refusals;

    private FieldsRefusedException(List<InvalidInputException> refusals) {
        super(refusals.get(0).getField(), "form.fieldsRefused", refusals.size() + " fields refused: "
                + refusals.stream().map(InvalidInputException::getField).toList(), refusals.size());
        this.refusals = List.copyOf(refusals);
    }

    /**
     * Throws what {@code refusals} hold, if anything: one refusal as itself, several as one
     * {@code FieldsRefusedException}.
     */
    public static void throwIfAny(List<InvalidInputException> refusals) {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new FieldsRefusedException(refusals);
        }
    }

    /** Every refused field with its reason, in the order of the form. */
    public List<InvalidInputException> getRefusals() {
        return refusals;
    }
}
