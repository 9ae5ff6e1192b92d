package kr.corepolicy.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import kr.corepolicy.domain.shared.Texts;

/** Who signed, when, in what capacity, with what comment. Written once; the record of the signature box. */
@Embeddable
public class Signature {

    public static final int COMMENT_MAX = 1000;

    @Column(name = "signer_username", length = 50)
    private String signerUsername;

    @Column(name = "signer_name", length = 50)
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", length = 20)
    private Capacity capacity;

    @Column(name = "signature_comment", length = COMMENT_MAX)
    private String comment;

    protected Signature() {
        // for JPA
    }

    public Signature(String signerUsername, String signerName, Instant signedAt, Capacity capacity, String comment) {
        this.signerUsername = Objects.requireNonNull(signerUsername, "signer");
        this.signerName = Objects.requireNonNull(signerName, "signer name");
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.comment = Texts.optional("comment", comment, COMMENT_MAX);
    }

    public String getSignerUsername() {
        return signerUsername;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public String getComment() {
        return comment;
    }
}
