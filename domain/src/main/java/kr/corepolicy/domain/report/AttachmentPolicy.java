package kr.corepolicy.domain.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * What may be attached to a report: documents and pictures a city office exchanges (PDF, 한글 HWP/HWPX, Office
 * files, JPEG, PNG), at most {@value #MAX_BYTES} bytes each, {@value #MAX_PER_REPORT} per report. The content
 * is checked against the name: a file whose first bytes are not those of its type is refused, so an
 * executable renamed to .pdf does not get in.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_PER_REPORT = 10;
    public static final int NAME_MAX = 200;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};

    private record Kind(String contentType, byte[] magic) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "hwp", new Kind("application/x-hwp", OLE),
            "hwpx", new Kind("application/hwp+zip", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "png", new Kind("image/png", PNG));

    private AttachmentPolicy() {
    }

    /** The file's name without any path or control characters, trimmed to {@value #NAME_MAX} characters. */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            throw new InvalidInputException("file", "attachment.badName", "bad file name: " + name);
        }
        if (base.length() > NAME_MAX) {
            int dot = base.lastIndexOf('.');
            String ext = dot > 0 ? base.substring(dot) : "";
            base = base.substring(0, NAME_MAX - ext.length()) + ext;
        }
        return base;
    }

    /** Checks a file and gives its content type; refused with the reason otherwise. */
    public static String check(String cleanName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "attachment.empty", "empty file", cleanName);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "attachment.tooLarge", "too large: " + content.length, cleanName,
                    String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        int dot = cleanName.lastIndexOf('.');
        String ext = dot < 0 ? "" : cleanName.substring(dot + 1).toLowerCase(Locale.ROOT);
        Kind kind = KINDS.get(ext);
        if (kind == null) {
            throw new InvalidInputException("file", "attachment.typeNotAllowed", "type not allowed: " + ext, cleanName);
        }
        if (content.length < kind.magic().length
                || !Arrays.equals(content, 0, kind.magic().length, kind.magic(), 0, kind.magic().length)) {
            throw new InvalidInputException("file", "attachment.contentMismatch", "content is not " + ext, cleanName);
        }
        return kind.contentType();
    }
}
