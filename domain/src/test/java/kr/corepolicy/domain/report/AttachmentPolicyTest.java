package kr.corepolicy.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aRealPdfIsAccepted() {
        assertEquals("application/pdf", AttachmentPolicy.check("추진실적.pdf", PDF));
        assertEquals("image/png", AttachmentPolicy.check("사진.PNG",
                new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    }

    @Test
    void aRenamedProgramOrAnUnknownTypeIsRefused() {
        byte[] exe = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};
        assertKey("attachment.contentMismatch", () -> AttachmentPolicy.check("보고서.pdf", exe));
        assertKey("attachment.typeNotAllowed", () -> AttachmentPolicy.check("setup.exe", exe));
        assertKey("attachment.typeNotAllowed", () -> AttachmentPolicy.check("noextension", PDF));
        assertKey("attachment.empty", () -> AttachmentPolicy.check("빈파일.pdf", new byte[0]));
        assertKey("attachment.tooLarge", () -> AttachmentPolicy.check("큰파일.pdf", new byte[AttachmentPolicy.MAX_BYTES + 1]));
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertEquals("report.pdf", AttachmentPolicy.cleanName("C:\\Users\\kim\\report.pdf"));
        assertEquals("passwd", AttachmentPolicy.cleanName("../../etc/passwd"));
        assertEquals("a b.pdf", AttachmentPolicy.cleanName("a\u0000 b.pdf"));
        assertKey("attachment.badName", () -> AttachmentPolicy.cleanName("../.."));
        assertKey("attachment.badName", () -> AttachmentPolicy.cleanName(".htaccess"));
        String longName = "가".repeat(300) + ".pdf";
        String clean = AttachmentPolicy.cleanName(longName);
        assertEquals(AttachmentPolicy.NAME_MAX, clean.length());
        assertEquals(".pdf", clean.substring(clean.length() - 4), "the extension survives the cut");
    }

    private static void assertKey(String key, Runnable action) {
        assertEquals(key, assertThrows(InvalidInputException.class, action::run).getMessageKey());
    }
}
