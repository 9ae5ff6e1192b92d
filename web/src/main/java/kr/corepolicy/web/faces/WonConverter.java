package kr.corepolicy.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.WonAmount;

/**
 * The pages' money: {@code converter="corepolicy.Won"} on an input bound to a {@code Long} of won reads what
 * planning offices write (1,234,000,000, 500,000,000원, 12억, 3억 5천만원; {@link WonAmount}) and shows the amount
 * grouped by thousands with its unit, 1,000,000,000원 (₩1,000,000,000 on an English page), which reads back as
 * the same amount; on an output it is the same display. Empty is null; an unreadable, ambiguous, fractional,
 * negative or too large amount is refused with the field's label and a message that shows the accepted forms.
 */
@FacesConverter("corepolicy.Won")
public class WonConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return WonAmount.parse(value);
        } catch (InvalidInputException e) {
            String text = Feedback.text(e.getMessageKey(), e.getArguments());
            Object label = component.getAttributes().get("label");
            String message = label == null || label.toString().isBlank() ? text : label + ": " + text;
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : display(value, Feedback.language());
    }

    /** An amount as pages show it: grouped by thousands, with 원 after it (Korean) or ₩ before it (English). */
    static String display(long won, Language language) {
        String grouped = WonAmount.format(won);
        return language == Language.EN ? "₩" + grouped : grouped + "원";
    }
}
