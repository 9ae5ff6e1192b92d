package kr.corepolicy.web.faces.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.corepolicy.service.notification.NotificationService;
import kr.corepolicy.service.notification.NotificationService.NotificationView;
import kr.corepolicy.web.LinkPages;

/** notifications.xhtml: my newest notifications; opening one marks it read and goes where it points. */
@Named("notifications")
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService service;

    private List<NotificationView> list;

    @PostConstruct
    void init() {
        list = service.mine(NotificationService.MAX_PAGE);
    }

    public void open(long id) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + LinkPages.pageOf(service.open(id)));
    }

    public void markAllRead() {
        service.markAllRead();
        list = service.mine(NotificationService.MAX_PAGE);
    }

    public java.util.Date date(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }

    public List<NotificationView> getList() {
        return list;
    }
}
