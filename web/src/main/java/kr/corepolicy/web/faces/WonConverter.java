package kr.corepolicy.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.WonAmount;

/**
 * The pages' money fields: {@code converter="corepolicy.Won"} on an input bound to a {@code Long} of won reads
 * what planning offices write (500,000,000원, 12억, 3억 5천만원; {@link WonAmount}) and shows the amount grouped
 * by thousands. Empty is null; an unreadable, ambiguous, fractional, negative or too large amount is refused with
 * the field's label and a message that shows the accepted forms. An amount is shown grouped with 원.
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
        // Grouped with its unit ("1,000,000,000원"), which getAsObject reads back.
        return value == null ? "" : WonAmount.format(value) + "원";
    }
}
