package kr.corepolicy.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wires a form field of {@code <cp:field>} ({@code WEB-INF/tags/field.xhtml}) for assistive technology before it
 * is rendered: the input is described by the field's help text and by its message ({@code aria-describedby}),
 * so a screen reader reads both with the input, and a field the page marks required says so
 * ({@code aria-required}). The label is bound by {@code p:outputLabel for}.
 */
@Named("cpField")
@ApplicationScoped
public class FieldWiring {

    /** The attributes the tag file puts on the field's wrapper. */
    static final String INPUT = "cpInput";
    static final String REQUIRED = "cpRequired";

    /** Listener of {@code f:event type="preRenderComponent"} on the field's wrapper. */
    public void describe(ComponentSystemEvent event) {
        UIComponent field = event.getComponent();
        Object inputId = field.getAttributes().get(INPUT);
        if (inputId == null) {
            return;
        }
        UIComponent input = find(field, inputId.toString());
        if (input == null) {
            return;
        }
        List<String> described = new ArrayList<>();
        UIComponent help = find(field, inputId + "Help");
        if (help != null && help.isRendered()) {
            described.add(help.getClientId());
        }
        UIComponent message = find(field, inputId + "Message");
        if (message != null && message.isRendered()) {
            described.add(message.getClientId());
        }
        Map<String, Object> passThrough = input.getPassThroughAttributes();
        if (described.isEmpty()) {
            passThrough.remove("aria-describedby");
        } else {
            passThrough.put("aria-describedby", String.join(" ", described));
        }
        if (Boolean.parseBoolean(String.valueOf(field.getAttributes().get(REQUIRED)))) {
            passThrough.put("aria-required", "true");
        } else {
            passThrough.remove("aria-required");
        }
    }

    /** The descendant of {@code parent} with {@code id}, not looking into nested naming containers. */
    static UIComponent find(UIComponent parent, String id) {
        for (UIComponent child : parent.getChildren()) {
            if (id.equals(child.getId())) {
                return child;
            }
            if (!(child instanceof NamingContainer)) {
                UIComponent found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
