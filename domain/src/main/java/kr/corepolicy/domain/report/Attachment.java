package kr.corepolicy.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a progress report. The bytes are stored under a server-made name ({@link #getStoredName()});
 * the name the user gave is kept for display and download only. Never changed: removed (while the report is a
 * draft) or kept.
 */
@Entity
@Table(name = "report_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @Column(name = "original_name", nullable = false, length = AttachmentPolicy.NAME_MAX, updatable = false)
    private String originalName;

    @Column(name = "stored_name", nullable = false, length = 64, updatable = false, unique = true)
    private String storedName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 50, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    public Attachment(ProgressReport report, String originalName, String storedName, String contentType,
            long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        this.report = Objects.requireNonNull(report, "report");
        this.originalName = Objects.requireNonNull(originalName, "name");
        this.storedName = Objects.requireNonNull(storedName, "stored name");
        this.contentType = Objects.requireNonNull(contentType, "type");
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "by");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "at");
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
