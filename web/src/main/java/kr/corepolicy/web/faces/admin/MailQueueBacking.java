package kr.corepolicy.web.faces.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.notification.MailState;
import kr.corepolicy.service.notification.MailQueueService;
import kr.corepolicy.service.notification.MailQueueService.MailView;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.web.faces.Feedback;
import kr.corepolicy.web.faces.PageModel;

/** admin/mail.xhtml: the e-mail copies not sent yet (waiting or given up), paged on the server; resend. */
@Named("mailQueue")
@ViewScoped
public class MailQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailQueueService mail;

    /** The state shown: null for every unsent copy, PENDING or FAILED. */
    private MailState state;

    private transient Map<MailState, Long> counts;

    private final PageModel<MailView> rows = new PageModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<MailView> fetch(int page, int size, String sortField, boolean descending) {
            return mail.unsent(state, page, size);
        }

        @Override
        protected String key(MailView row) {
            return String.valueOf(row.id());
        }
    };

    public void resend(MailView row) throws IOException {
        Feedback.attempt(() -> {
            mail.resend(row.id());
            Feedback.info("mail.resent", row.mailTo());
        });
        counts = null;
    }

    public void resendAllFailed() {
        Feedback.info("mail.resentAll", mail.resendAllFailed());
        counts = null;
    }

    /** Shows another state; the table starts again at its first page. */
    public void filter() {
        counts = null;
    }

    public long getPendingCount() {
        return counts().get(MailState.PENDING);
    }

    public long getFailedCount() {
        return counts().get(MailState.FAILED);
    }

    private Map<MailState, Long> counts() {
        if (counts == null) {
            counts = mail.counts();
        }
        return counts;
    }

    public List<MailState> getStates() {
        return List.of(MailState.PENDING, MailState.FAILED);
    }

    public PageModel<MailView> getRows() {
        return rows;
    }

    public MailState getState() {
        return state;
    }

    public void setState(MailState state) {
        this.state = state;
    }
}
