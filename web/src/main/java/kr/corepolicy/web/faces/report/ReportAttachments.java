package kr.corepolicy.web.faces.report;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.domain.report.AttachmentPolicy;
import kr.corepolicy.service.report.AttachmentService;
import kr.corepolicy.service.report.ReportViews.AttachmentView;
import kr.corepolicy.web.faces.Feedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The attachments of the report on reports/edit.xhtml ({@code #{reportEdit.attachments}}): the list, a file
 * uploaded and a file removed. A refused file says why (type, size, content) and changes nothing.
 */
@Dependent
public class ReportAttachments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttachmentService attachments;

    private long reportId;
    private final List<AttachmentView> list = new ArrayList<>();

    void show(long reportId, List<AttachmentView> current) {
        this.reportId = reportId;
        list.clear();
        list.addAll(current);
    }

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        Feedback.attempt(() -> {
            try (InputStream in = file.getInputStream()) {
                byte[] content = in.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
                AttachmentView added = attachments.add(reportId, file.getFileName(), content);
                Feedback.info("report.attached", added.name());
            }
            refresh();
        });
    }

    public void remove(long attachmentId) throws IOException {
        Feedback.attempt(() -> {
            attachments.remove(reportId, attachmentId);
            refresh();
        });
    }

    private void refresh() {
        list.clear();
        list.addAll(attachments.of(reportId));
    }

    public List<AttachmentView> getList() {
        return list;
    }
}
