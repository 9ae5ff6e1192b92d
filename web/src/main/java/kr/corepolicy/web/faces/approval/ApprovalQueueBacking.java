package kr.corepolicy.web.faces.approval;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.Box;
import kr.corepolicy.service.approval.ApprovalViews.QueueRow;
import kr.corepolicy.service.approval.ApprovalViews.QueueSort;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.web.faces.PageModel;

/** approvals/index.xhtml[?box=…]: the queues of 결재함, paged and sorted on the server. */
@Named("queue")
@ViewScoped
public class ApprovalQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    private Box box = Box.WAITING;

    private final PageModel<QueueRow> rows = new PageModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<QueueRow> fetch(int page, int size, String sortField, boolean descending) {
            QueueSort sort = sortField == null ? QueueSort.SUBMITTED : switch (sortField) {
                case "title" -> QueueSort.TITLE;
                case "type" -> QueueSort.TYPE;
                default -> QueueSort.SUBMITTED;
            };
            return approvals.queue(box, sort, sortField == null || descending, page, size);
        }

        @Override
        protected String key(QueueRow row) {
            return String.valueOf(row.documentId());
        }
    };

    public PageModel<QueueRow> getRows() {
        return rows;
    }

    public String getBoxName() {
        return box.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }

    public void setBoxName(String name) {
        Box parsed = Box.parse(name);
        this.box = parsed == null ? Box.WAITING : parsed;
    }

    public Box getBox() {
        return box;
    }

    public String linkOf(Box b) {
        return b.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
