package kr.corepolicy.web.faces.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.Printed;
import kr.corepolicy.web.SharedServer;
import kr.corepolicy.web.rest.report.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The approval document as On-nara's form (#11, items 6, 7, 8 and 9): two reports of tasks of this test's own go to
 * the team leader; the document shows the organisation, 문서번호, 기안일자, 수신 and the drafter's department, the
 * 결재란 headed by position and the 협조란 by department and position; 승인 asks for confirmation and then offers
 * the next waiting document with the focus on that message; a return leaves the approval line with its
 * departments in the editor; the decision by delegation prints on A4 with its signers and no "null". Every state
 * gets the accessibility check at desktop and phone width.
 */
@ExtendWith(SharedServer.class)
class ApprovalDocumentBrowserIT {

    private static final String PW = "demo1234";

    private final URL base = SharedServer.url();
    private final ApiClient api = new ApiClient(base);
    private final List<String> problems = new ArrayList<>();

    @Test
    void theDocumentFormTheNextStepAReturnAndThePrint() {
        ReportFixture fixture = new ReportFixture(api);
        long taskA = fixture.newTaskLike("1-2");
        long taskB = fixture.newTaskLike("1-2");
        long period = fixture.openPeriod(2030, 60, false);
        long reportA = fixture.reportId(period, taskA);
        long reportB = fixture.reportId(period, taskB);
        assertEquals(200, fixture.write("officer", reportA, "ON_TRACK", 60).status());
        assertEquals(200, fixture.write("officer", reportB, "ON_TRACK", 40).status());
        long docA = documentOf(fixture.submit("officer", reportA, null));
        long docB = documentOf(fixture.submit("officer", reportB, null));
        JsonObject a = api.get("api/approvals/" + docA, "officer", PW).json();
        String numberA = a.getString("number");
        String numberB = api.get("api/approvals/" + docB, "officer", PW).json().getString("number");
        assertTrue(numberA.matches("관광정책과-\\d+"), numberA);
        assertNotEquals(numberA, numberB, "every document its own number");

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "teamlead", PW);
            browser.open(base + "approvals/index.xhtml");
            browser.textContaining(By.id("queueForm:queue"), numberA);
            check(browser, "queue (waiting)");

            browser.open(base + "approvals/document.xhtml?id=" + docA);
            assertEquals("경주시", browser.text(By.id("docOrg")));
            assertEquals(numberA, browser.text(By.id("docNumber")));
            assertEquals("내부결재", browser.text(By.id("docRecipient")));
            assertTrue(browser.text(By.id("docDrafted")).matches("\\d{4}-\\d{2}-\\d{2}"), browser.text(By.id("docDrafted")));
            assertTrue(browser.text(By.id("docDrafter")).startsWith("관광정책과 "), browser.text(By.id("docDrafter")));
            String heads = browser.text(By.cssSelector("#signatures tr:first-child"));
            assertTrue(heads.contains("기안자") && heads.contains("팀장") && heads.contains("과장"), heads);
            String consents = browser.text(By.id("consents"));
            assertTrue(consents.contains("도시재생팀 주무관") && consents.contains("협조"), "unit and position: " + consents);
            assertFalse(consents.contains("결재 차례"), "a pending consent is 협조: " + consents);
            check(browser, "document pending (review)");

            browser.type(By.id("actionForm:comment"), "검토했습니다.");
            browser.click(By.id("actionForm:approve"));
            browser.textContaining(By.cssSelector(".ui-confirm-dialog"), "승인하시겠습니까");
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("nextStep")));
            browser.waiter().until(d -> "nextStep".equals(d.switchTo().activeElement().getAttribute("id")));
            String next = browser.text(By.id("nextStep"));
            assertTrue(next.contains("처리했습니다") && next.contains("다음 문서:") && next.contains("결재함으로 돌아가기"),
                    "the document of report B still waits: " + next);
            String boxes = browser.text(By.id("signatures"));
            assertTrue(boxes.contains("이정훈") && boxes.contains("검토"), boxes);
            check(browser, "document signed, next step offered");

            browser.open(base + "approvals/document.xhtml?id=" + docB);
            browser.type(By.id("actionForm:comment"), "성과지표를 보완해 주십시오.");
            browser.click(By.id("actionForm:return"));
            browser.textContaining(By.id("docStatus"), "반려");
            browser.waiter().until(d -> "nextStep".equals(d.switchTo().activeElement().getAttribute("id")));
            assertTrue(browser.text(By.id("signatures")).contains("반려"), browser.text(By.id("signatures")));
            check(browser, "document returned (approver)");
        }

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            browser.open(base + "approvals/document.xhtml?id=" + docB);
            browser.textContaining(By.id("docStatus"), "반려");
            assertEquals(numberB, browser.text(By.id("docNumber")), "a returned document keeps its number");
            check(browser, "document returned (drafter)");
            browser.open(base + "reports/edit.xhtml?id=" + reportB);
            String line = browser.text(By.id("reportForm:line"));
            assertTrue(line.contains("팀장 · 관광기획팀") && line.contains("주무관 · 도시재생팀"),
                    "the line after a return keeps its departments: " + line);
        }

        for (String consenter : List.of("collab", "urbanoff")) {
            Reply consent = api.post("api/approvals/" + docA + "/actions", consenter, PW, "{\"action\":\"approve\"}");
            assertEquals(200, consent.status(), consent.toString());
        }
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "head", PW);
            browser.open(base + "approvals/document.xhtml?id=" + docA);
            browser.textContaining(By.id("actionForm:approve"), "전결");
            browser.click(By.id("actionForm:approve"));
            browser.textContaining(By.cssSelector(".ui-confirm-dialog"), "전결로 결재하시겠습니까");
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("docStatus"), "결재 완료");
            browser.waiter().until(d -> "nextStep".equals(d.switchTo().activeElement().getAttribute("id")));
            check(browser, "document approved, next step offered");

            browser.open(base + "approvals/document.xhtml?id=" + docA);
            assertTrue(browser.text(By.id("docEffective")).matches("\\d{4}-\\d{2}-\\d{2}"), "시행일자 once decided");
            String boxes = browser.text(By.id("signatures"));
            assertTrue(boxes.contains("박성호") && boxes.contains("전결"), boxes);
            check(browser, "document approved");
            browser.screenshot("approval-document-decided");

            Printed printed = Printed.of(browser.printToPdf());
            String text = printed.text();
            assertTrue(printed.allA4(), printed.toString());
            assertEquals(1, printed.pages(), "one A4 page: " + printed);
            for (String expected : List.of("경주시", a.getString("title").substring(0, 20), numberA, "내부결재", "이정훈",
                    "최유진", "박성호", "전결", "기안일자", "시행일자")) {
                // Spaces as the PDF's text gives them (the organisation is letter-spaced: 경 주 시) do not count.
                assertTrue(text.replaceAll("\\s+", "").contains(expected.replaceAll("\\s+", "")),
                        expected + " in the print: " + text);
            }
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("결재함으로 돌아가기") || text.contains("로그아웃"), "no buttons, no shell: " + text);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static long documentOf(Reply submitted) {
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().getJsonNumber("documentId").longValue();
    }

    /** The accessibility check at desktop and phone width; every problem is reported at the end. */
    private void check(Browser browser, String state) {
        List<String> found = new ArrayList<>(
                Accessibility.problems(browser).stream().map(p -> state + " (desktop): " + p).toList());
        browser.phone();
        try {
            found.addAll(Accessibility.problems(browser).stream().map(p -> state + " (390 px): " + p).toList());
        } finally {
            browser.desktop();
        }
        found.forEach(System.out::println);
        problems.addAll(found);
    }
}
