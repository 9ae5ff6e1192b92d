package kr.corepolicy.service.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.report.Attachment;
import kr.corepolicy.domain.report.AttachmentPolicy;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.report.ReportViews.AttachmentView;

/**
 * Files attached to progress reports: added and removed by the report's writer while it is a draft, read by
 * anyone who reads the report. The file is written before the row; a removed file is deleted only once the
 * removal has committed, so a rolled-back transaction never leaves a row without its file.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class AttachmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AttachmentStore store;

    @Inject
    private ReportService reports;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A file to download: its description and its bytes. */
    public record Download(AttachmentView attachment, byte[] content) {
    }

    /** Adds a file to a draft report, after checking its size, its type and that its content is that type. */
    public AttachmentView add(long reportId, String fileName, byte[] content) {
        ProgressReport report = em.find(ProgressReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("ProgressReport", reportId);
        }
        reports.requireWritable(reportId);
        String name = AttachmentPolicy.cleanName(fileName);
        String type = AttachmentPolicy.check(name, content);
        long count = em.createQuery("select count(a) from Attachment a where a.report = :r", Long.class)
                .setParameter("r", report).getSingleResult();
        if (count >= AttachmentPolicy.MAX_PER_REPORT) {
            throw new InvalidInputException("file", "attachment.tooMany", "too many attachments",
                    String.valueOf(AttachmentPolicy.MAX_PER_REPORT));
        }
        String stored = UUID.randomUUID().toString().replace("-", "");
        store.write(stored, content);
        String me = context.getCallerPrincipal().getName();
        Attachment attachment = new Attachment(report, name, stored, type, content.length, sha256(content), me,
                clock.instant());
        em.persist(attachment);
        em.flush();
        audit.record(me, AuditAction.ATTACHMENT_ADDED, "report:" + reportId, name + " " + content.length + " bytes",
                null);
        return view(attachment);
    }

    /** Removes a file from a draft report; the bytes go once the removal has committed. */
    public void remove(long reportId, long attachmentId) {
        Attachment attachment = load(attachmentId);
        if (attachment.getReport().getId() != reportId) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        reports.requireWritable(reportId);
        em.remove(attachment);
        String stored = attachment.getStoredName();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    store.delete(stored);
                }
            }
        });
        audit.record(context.getCallerPrincipal().getName(), AuditAction.ATTACHMENT_REMOVED, "report:" + reportId,
                attachment.getOriginalName(), null);
    }

    /** The attachments of a report, oldest first. */
    public List<AttachmentView> of(long reportId) {
        reports.requireReadable(reportId);
        return em.createQuery("select a from Attachment a where a.report.id = :r order by a.id", Attachment.class)
                .setParameter("r", reportId).getResultStream().map(AttachmentService::view).toList();
    }

    /** A file with its bytes, checked against the hash it was stored with. */
    public Download download(long reportId, long attachmentId) {
        Attachment attachment = load(attachmentId);
        if (attachment.getReport().getId() != reportId) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        reports.requireReadable(reportId);
        byte[] content = store.read(attachment.getStoredName());
        if (!sha256(content).equals(attachment.getSha256())) {
            throw new IllegalStateException("attachment " + attachmentId + " does not match its hash");
        }
        return new Download(view(attachment), content);
    }

    private Attachment load(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw new NotFoundException("Attachment", id);
        }
        return attachment;
    }

    static AttachmentView view(Attachment a) {
        return new AttachmentView(a.getId() == null ? 0 : a.getId(), a.getReport().getId(), a.getOriginalName(),
                a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
