package kr.corepolicy.web.rest.report;

import static kr.corepolicy.web.rest.report.ReportFixture.PW;
import static kr.corepolicy.web.rest.report.ReportFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress reports through the whole approval line, over the API, on the real WAR in demo mode: the proposed
 * line, review, parallel consent, decision by delegation (전결), return and resubmission as a new round,
 * withdrawal, the delegation table, a stand-in decision (대결), the late consent, the refusals, and the
 * notifications with their e-mail copies (received by an in-process SMTP server).
 */
@ExtendWith(SharedServer.class)
class ApprovalFlowIT {

    private static GreenMail mail;

    private final URL base = SharedServer.url();

    @BeforeAll
    static void startMailServer() {
        mail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private ReportFixture fixture() {
        return new ReportFixture(api());
    }

    @Test
    void aReportTravelsItsLineAndItsFiguresBecomeTheTasks() throws Exception {
        ReportFixture f = fixture();
        long task = f.newTaskLike("7-2");
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, task);
        assertEquals("NOT_STARTED", f.report("officer", report).getString("state"));

        Reply saved = f.write("officer", report, "ON_TRACK", 60);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("DRAFT", saved.json().getString("state"));

        JsonArray proposed = Json.createReader(new java.io.StringReader(
                api().get("api/reports/" + report + "/line", "officer", PW).body())).readArray();
        List<String> steps = proposed.stream()
                .map(v -> v.asJsonObject().getString("kind") + " " + v.asJsonObject().getString("username")).toList();
        assertEquals("REVIEW teamlead", steps.get(0), "the team leader reviews: " + steps);
        assertTrue(steps.contains("CONSENT collab"), "the collaborating departments consent: " + steps);
        assertEquals("DECISION head", steps.get(steps.size() - 1), "the division head decides: " + steps);
        List<String> consenters = steps.stream().filter(s -> s.startsWith("CONSENT "))
                .map(s -> s.substring("CONSENT ".length())).toList();

        Reply submitted = f.submit("officer", report, null);
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("IN_APPROVAL", submitted.json().getString("state"));
        long document = submitted.json().getJsonNumber("documentId").longValue();

        assertTrue(inbox("teamlead", "waiting").contains(document), "waiting for the team leader");
        assertFalse(inbox("collab", "waiting").contains(document), "the consent waits for the review");
        Reply early = f.act("collab", document, "approve", null);
        assertEquals(409, early.status(), early.toString());

        Reply reviewed = f.act("teamlead", document, "approve", "검토했습니다");
        assertEquals(200, reviewed.status(), reviewed.toString());
        assertTrue(inbox("teamlead", "in-progress").contains(document));
        for (String consenter : consenters) {
            assertTrue(inbox(consenter, "waiting").contains(document), "every consent opens at once");
        }
        assertFalse(inbox("head", "waiting").contains(document), "the decision waits for every consent");
        for (String consenter : consenters) {
            assertEquals(200, f.act(consenter, document, "approve", "협조합니다").status());
        }
        Reply decided = f.act("head", document, "approve", null);
        assertEquals(200, decided.status(), decided.toString());
        JsonObject doc = decided.json();
        assertEquals("APPROVED", doc.getString("status"));
        JsonObject decision = doc.getJsonArray("currentLine").getJsonObject(steps.size() - 1);
        assertEquals("DELEGATED", decision.getString("capacity"), "a division head decides by delegation (전결)");
        assertEquals("박성호", decision.getString("signerName"));
        assertNotNull(decision.getString("signedAt"));
        assertEquals("SELF", doc.getJsonArray("currentLine").getJsonObject(0).getString("capacity"));
        assertTrue(inbox("officer", "done").contains(document));

        Reply cardReports = api().get("api/tasks/" + task + "/reports", "deputy", PW);
        assertEquals(200, cardReports.status(), cardReports.toString());
        JsonObject card = cardReports.json();
        JsonObject official = card.getJsonObject("official");
        assertEquals(report, official.getJsonNumber("id").longValue(), "the approved report is the official one");
        assertEquals(60, official.getInt("progressPercent"));
        assertEquals(12.5, official.getJsonArray("kpis").getJsonObject(0).getJsonNumber("actual").doubleValue());
        JsonObject funds = official.getJsonArray("funds").getJsonObject(0);
        assertEquals(200_000_000L, funds.getJsonNumber("securedWon").longValue());
        assertEquals(100_000_000L, funds.getJsonNumber("executedWon").longValue());
        assertEquals("ON_TRACK", api().get("api/tasks/" + task, "deputy", PW).json().getString("status"));

        Reply edit = f.write("officer", report, "ON_TRACK", 70);
        assertEquals(409, edit.status(), "an approved report never changes: " + edit);
        assertEquals(60, f.report("officer", report).getInt("progressPercent"));

        assertTrue(notifications("officer").contains("APPROVED " + doc.getString("title")));
        assertTrue(mail.waitForIncomingEmail(20_000, 1), "e-mail copies arrive");
        assertTrue(waitForMail("head@demo.gyeongju.example", "결재 요청"), "the decider was mailed: " + mailSummary());
        assertTrue(waitForMail("officer@demo.gyeongju.example", "결재 완료"), mailSummary());
    }

    @Test
    void aReturnedReportIsRevisedAndResubmittedAsANewRound() throws Exception {
        ReportFixture f = fixture();
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("1-6"));
        assertEquals(200, f.write("officer", report, "PARTLY", 40).status());
        long document = f.submit("officer", report, null).json().getJsonNumber("documentId").longValue();

        Reply noReason = f.act("teamlead", document, "return", " ");
        assertEquals(400, noReason.status(), noReason.toString());
        Reply returned = f.act("teamlead", document, "return", "부진사유를 구체적으로 적어 주십시오");
        assertEquals(200, returned.status(), returned.toString());
        assertEquals("RETURNED", returned.json().getString("status"));
        assertTrue(inbox("officer", "returned").contains(document));
        assertTrue(notifications("officer").contains("RETURNED " + returned.json().getString("title")));
        assertTrue(waitForMail("officer@demo.gyeongju.example", "부진사유를 구체적으로"), mailSummary());

        assertEquals(200, f.write("officer", report, "PARTLY", 45).status(), "a returned report can be revised");
        Reply again = f.submit("officer", report, null);
        assertEquals(200, again.status(), again.toString());
        JsonObject doc = api().get("api/approvals/" + document, "officer", PW).json();
        assertEquals(2, doc.getInt("round"));
        assertEquals("IN_PROGRESS", doc.getString("status"));
        JsonObject oldReturn = doc.getJsonArray("history").getJsonObject(0);
        assertEquals(1, oldReturn.getInt("round"));
        assertEquals("RETURNED", oldReturn.getString("state"));
        assertEquals("부진사유를 구체적으로 적어 주십시오", oldReturn.getString("comment"), "round 1 is kept as it was");
        assertEquals("PENDING", doc.getJsonArray("currentLine").getJsonObject(0).getString("state"));
    }

    @Test
    void theDrafterWithdrawsBeforeAnyoneActed() {
        ReportFixture f = fixture();
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("5-7"));
        assertEquals(200, f.write("officer", report, "ON_TRACK", 30).status());
        long document = f.submit("officer", report, null).json().getJsonNumber("documentId").longValue();
        assertEquals(409, f.act("teamlead", document, "withdraw", null).status(), "only the drafter withdraws");
        Reply withdrawn = f.act("officer", document, "withdraw", null);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("DRAFT", withdrawn.json().getString("status"));
        assertEquals(409, f.act("teamlead", document, "approve", null).status());
        assertTrue(inbox("officer", "drafts").contains(document), "back in my drafts");
        assertEquals("DRAFT", f.report("officer", report).getString("state"));
        assertTrue(f.report("officer", report).getBoolean("editableByMe"));
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndChangeNothing() {
        ReportFixture f = fixture();
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("7-3"));

        Reply incomplete = f.submit("officer", report, null);
        assertEquals(400, incomplete.status(), incomplete.toString());
        assertEquals("status", incomplete.json().getString("field"));
        long version = f.report("officer", report).getJsonNumber("version").longValue();
        assertEquals(403, api().put("api/reports/" + report, "collab", PW, Json.createObjectBuilder()
                .add("version", version).add("status", "ON_TRACK").add("progressPercent", 10).build().toString())
                .status(), "not of the owning department");
        assertEquals(200, f.write("officer", report, "ON_TRACK", 10).status());

        Reply lowDecider = f.submit("officer", report, line("DECISION", "teamlead"));
        assertEquals(400, lowDecider.status(), lowDecider.toString());
        assertTrue(lowDecider.json().getString("detail").contains("과장"), lowDecider.toString());
        Reply unknown = f.submit("officer", report, line("REVIEW", "nobody-here", "DECISION", "head"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("line[0]", unknown.json().getString("field"));
        assertEquals("DRAFT", f.report("officer", report).getString("state"), "nothing was submitted");

        long document = f.submit("officer", report, null).json().getJsonNumber("documentId").longValue();
        assertEquals(403, f.act("mayor", document, "approve", null).status(), "not on the line");
        assertEquals(400, f.act("teamlead", document, "sign-twice", null).status());
        assertEquals(403, api().get("api/approvals/" + document, "jobsoff", PW).status());
        assertEquals(404, api().get("api/approvals/99999999", "officer", PW).status());
        assertEquals(400, api().get("api/approvals/inbox?box=nowhere", "officer", PW).status());
    }

    @Test
    void aLateReportNeedsThePlanningOfficesConsent() {
        ReportFixture f = fixture();
        long period = f.openPeriod(2001, 20, true);
        long report = f.reportId(period, f.taskId("1-2"));
        assertEquals(200, f.write("officer", report, "ON_TRACK", 50).status());
        Reply refused = f.submit("officer", report, null);
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("동의"), refused.toString());
        Reply late = api().get("api/periods/" + period + "/late", "planner", PW);
        assertTrue(late.body().contains("\"id\":" + report), "on the late list: " + late);

        JsonObject p = api().get("api/periods/" + period, "planner", PW).json();
        String moveTo = p.getString("dueDate");
        assertEquals(403, api().put("api/periods/" + period, "officer", PW, Json.createObjectBuilder()
                .add("dueDate", moveTo).add("graceDays", 5).build().toString()).status(), "the planning office's");
        Reply badGrace = api().put("api/periods/" + period, "planner", PW, Json.createObjectBuilder()
                .add("dueDate", moveTo).add("graceDays", 31).build().toString());
        assertEquals(400, badGrace.status(), badGrace.toString());
        assertEquals("graceDays", badGrace.json().getString("field"));
        Reply moved = api().put("api/periods/" + period, "planner", PW, Json.createObjectBuilder()
                .add("dueDate", moveTo).add("graceDays", 4).build().toString());
        assertEquals(4, moved.json().getInt("graceDays"));

        assertEquals(403, api().post("api/reports/" + report + "/late-consent", "officer", PW, null).status());
        Reply consent = api().post("api/reports/" + report + "/late-consent", "planner", PW, null);
        assertEquals(200, consent.status(), consent.toString());
        assertEquals("planner", consent.json().getString("lateConsentBy"));
        Reply submitted = f.submit("officer", report, null);
        assertEquals(200, submitted.status(), submitted.toString());
        assertFalse(api().get("api/periods/" + period + "/late", "planner", PW).body().contains("\"id\":" + report));
    }

    @Test
    void aStandInDecidesWhileTheDeciderIsAwayAndTheDeciderIsTold() {
        ReportFixture f = fixture();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        Reply bySelf = api().post("api/absences", "head", PW, Json.createObjectBuilder().add("absent", "head")
                .add("deputy", "teamlead").add("firstDay", today).add("lastDay", today).add("reason", "연가")
                .build().toString());
        assertEquals(400, bySelf.status(), "recorded by the department, not the absent person: " + bySelf);
        assertEquals(403, api().post("api/absences", "collab", PW, Json.createObjectBuilder().add("absent", "head")
                .add("deputy", "teamlead").add("firstDay", today).add("lastDay", today).add("reason", "연가")
                .build().toString()).status(), "another department cannot");
        Reply recorded = api().post("api/absences", "admin", PW, Json.createObjectBuilder().add("absent", "head")
                .add("deputy", "tf7lead").add("firstDay", today).add("lastDay", today).add("reason", "국외 출장")
                .build().toString());
        assertEquals(201, recorded.status(), recorded.toString());
        long absence = recorded.json().getJsonNumber("id").longValue();
        try {
            long period = f.openPeriod(2030, 60, false);
            long report = f.reportId(period, f.taskId("1-2"));
            assertEquals(200, f.write("officer", report, "ON_TRACK", 80).status());
            long document = f.submit("officer", report, null).json().getJsonNumber("documentId").longValue();
            for (String before : List.of("teamlead", "collab", "urbanoff")) {
                assertEquals(200, f.act(before, document, "approve", null).status(), before);
            }
            assertTrue(inbox("tf7lead", "waiting").contains(document), "the stand-in sees it in their queue");
            Reply standIn = f.act("tf7lead", document, "approve", "대결합니다");
            assertEquals(200, standIn.status(), standIn.toString());
            var line = standIn.json().getJsonArray("currentLine");
            JsonObject box = line.getJsonObject(line.size() - 1);
            assertEquals("STAND_IN", box.getString("capacity"));
            assertEquals("head", box.getString("assigneeUsername"), "the box still names the decider");
            assertEquals("tf7lead", box.getString("signerUsername"));
            assertTrue(notifications("head").contains("STAND_IN_DECIDED " + standIn.json().getString("title")),
                    "reported to the decider afterwards");
        } finally {
            assertEquals(204, api().delete("api/absences/" + absence, "admin", PW).status());
        }
    }

    @Test
    void theAdministratorChangesWhoDecides() {
        ReportFixture f = fixture();
        JsonObject rule = Json.createReader(new java.io.StringReader(api().get("api/delegation", "officer", PW)
                .body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("type").equals("PROGRESS_REPORT")).findFirst().orElseThrow();
        assertEquals("DIVISION_HEAD", rule.getString("decidingPosition"));
        long version = rule.getJsonNumber("version").longValue();
        assertEquals(403, api().put("api/delegation/PROGRESS_REPORT", "head", PW, Json.createObjectBuilder()
                .add("decidingPosition", "TEAM_LEADER").add("version", version).build().toString()).status());
        Reply changed = api().put("api/delegation/PROGRESS_REPORT", "admin", PW, Json.createObjectBuilder()
                .add("decidingPosition", "BUREAU_DIRECTOR").add("version", version).build().toString());
        assertEquals(200, changed.status(), changed.toString());
        try {
            long period = f.openPeriod(2030, 60, false);
            long report = f.reportId(period, f.taskId("1-2"));
            String proposed = api().get("api/reports/" + report + "/line", "officer", PW).body();
            assertTrue(proposed.contains("\"kind\":\"REVIEW\",\"name\":\"박성호\"")
                    || proposed.matches("(?s).*\"REVIEW\".*\"head\".*"), "the head now reviews: " + proposed);
            assertTrue(proposed.matches("(?s).*\"DECISION\".*\"tf7lead\".*"), "the bureau director decides: " + proposed);
        } finally {
            Reply back = api().put("api/delegation/PROGRESS_REPORT", "admin", PW, Json.createObjectBuilder()
                    .add("decidingPosition", "DIVISION_HEAD").add("version", version + 1).build().toString());
            assertEquals(200, back.status(), back.toString());
        }
    }

    @Test
    void attachmentsAreCheckedStoredAndFrozenWithTheReport() {
        ReportFixture f = fixture();
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("5-7"));
        assertEquals(200, f.write("officer", report, "ON_TRACK", 20).status());
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

        Reply added = upload("officer", report, "추진 실적 사진대지.pdf", pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(201, added.status(), added.toString());
        long attachment = added.json().getJsonNumber("id").longValue();
        assertEquals("application/pdf", added.json().getString("contentType"));
        Reply download = api().get("api/reports/" + report + "/attachments/" + attachment, "deputy", PW);
        assertEquals(200, download.status(), download.toString());
        assertEquals("application/pdf", download.contentType());
        assertEquals(pdf, download.body(), "the same bytes come back");

        byte[] program = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0};
        Reply disguised = upload("officer", report, "보고서.pdf", program);
        assertEquals(400, disguised.status(), disguised.toString());
        assertEquals("attachment.contentMismatch", disguised.json().getString("code"));
        assertEquals("attachment.typeNotAllowed", upload("officer", report, "setup.exe", program).json().getString("code"));
        assertEquals(403, upload("collab", report, "협조.pdf", pdf.getBytes()).status(), "not the writer");
        assertEquals(1, f.report("officer", report).getJsonArray("attachments").size(), "only the good file is kept");

        assertEquals(200, f.submit("officer", report, null).status());
        assertEquals(409, upload("officer", report, "추가.pdf", pdf.getBytes()).status(), "frozen with the report");
        assertEquals(409, api().delete("api/reports/" + report + "/attachments/" + attachment, "officer", PW).status());
        assertEquals(200, api().get("api/reports/" + report + "/attachments/" + attachment, "head", PW).status());
    }

    @Test
    void nobodyNamesThemselfStandInOrSignsTheirOwnDocumentOrTwoStepsOfOne() {
        ReportFixture f = fixture();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        // The attack of the security review: the officer names herself stand-in for her superiors.
        Reply forTeamLead = absence("officer", "teamlead", "officer", today);
        assertEquals(403, forTeamLead.status(), "only a superior records an absence: " + forTeamLead);
        assertEquals("absence.notSuperior", forTeamLead.json().getString("code"));
        assertEquals(403, absence("officer", "head", "officer", today).status());
        Reply notEligible = absence("head", "teamlead", "officer", today);
        assertEquals(400, notEligible.status(), "a 주무관 never stands in for the 팀장: " + notEligible);
        assertEquals("deputy", notEligible.json().getString("field"));
        assertEquals(400, absence("admin", "head", "officer", today).status(), "not even through the administrator");
        assertEquals(400, absence("head", "teamlead", "mayor", today).status(), "nor someone far up the chain");

        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("1-2"));
        assertEquals(200, f.write("officer", report, "ON_TRACK", 40).status());
        long document = f.submit("officer", report, null).json().getJsonNumber("documentId").longValue();
        Reply own = f.act("officer", document, "approve", "셀프 결재");
        assertEquals(403, own.status(), own.toString());
        assertEquals("approval.ownDocument", own.json().getString("code"));

        // The 팀장 is the 과장's acting deputy, but signs only one step of a round.
        Reply recorded = absence("admin", "head", "teamlead", today);
        assertEquals(201, recorded.status(), recorded.toString());
        try {
            for (String user : List.of("teamlead", "collab", "urbanoff")) {
                assertEquals(200, f.act(user, document, "approve", null).status(), user);
            }
            Reply second = f.act("teamlead", document, "approve", "대결");
            assertEquals(403, second.status(), second.toString());
            assertEquals("approval.oneStepPerPerson", second.json().getString("code"));
            assertEquals(200, f.act("head", document, "approve", null).status(), "the decider still may");
        } finally {
            assertEquals(204, api().delete("api/absences/" + recorded.json().getJsonNumber("id").longValue(),
                    "admin", PW).status());
        }
        JsonObject decided = api().get("api/approvals/" + document, "officer", PW).json();
        assertEquals("APPROVED", decided.getString("status"));
        decided.getJsonArray("currentLine").getValuesAs(JsonObject.class).forEach(box -> assertEquals(
                box.getString("assigneeUsername"), box.getString("signerUsername"), "each box signed by its own"));
    }

    @Test
    void theDrafterCannotDropTheChainOrTheConsentsButMaySkipAnAbsentReviewer() {
        ReportFixture f = fixture();
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("1-2"));
        assertEquals(200, f.write("officer", report, "ON_TRACK", 40).status());

        Reply onlyDecider = f.submit("officer", report, line("DECISION", "head"));
        assertEquals(400, onlyDecider.status(), "the review and both consents dropped: " + onlyDecider);
        assertEquals("approval.reviewMissing", onlyDecider.json().getString("code"));
        Reply noConsent = f.submit("officer", report, line("REVIEW", "teamlead", "DECISION", "head"));
        assertEquals("approval.consentMissing", noConsent.json().getString("code"), noConsent.toString());
        Reply otherBureau = f.submit("officer", report, line("REVIEW", "teamlead", "CONSENT", "collab", "CONSENT",
                "urbanoff", "DECISION", "tf2lead"));
        assertEquals(400, otherBureau.status(), otherBureau.toString());
        assertEquals("line[3]", otherBureau.json().getString("field"), "a director of another bureau");
        Reply higherWithoutHead = f.submit("officer", report, line("REVIEW", "teamlead", "CONSENT", "collab",
                "CONSENT", "urbanoff", "DECISION", "tf7lead"));
        assertEquals("approval.reviewMissing", higherWithoutHead.json().getString("code"),
                "a higher decider needs everyone in between: " + higherWithoutHead);
        Reply outsider = f.submit("officer", report, line("REVIEW", "teamlead", "REVIEW", "jobsoff", "CONSENT",
                "collab", "CONSENT", "urbanoff", "DECISION", "head"));
        assertEquals("line[1]", outsider.json().getString("field"), "a reviewer outside the chain: " + outsider);
        assertEquals("DRAFT", f.report("officer", report).getString("state"), "nothing was submitted");

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        Reply away = absence("head", "teamlead", "tf7lead", today);
        assertEquals(400, away.status(), "a director is not in the team's unit or the one above: " + away);
        Reply leave = api().post("api/absences", "head", PW, Json.createObjectBuilder().add("absent", "teamlead")
                .add("deputy", "head").add("firstDay", today).add("lastDay", today).add("reason", "연가")
                .build().toString());
        assertEquals(201, leave.status(), "the division is the unit above the team: " + leave);
        try {
            Reply skipped = f.submit("officer", report, line("CONSENT", "collab", "CONSENT", "urbanoff", "DECISION",
                    "head"));
            assertEquals(200, skipped.status(), skipped.toString());
            long document = skipped.json().getJsonNumber("documentId").longValue();
            JsonObject first = api().get("api/approvals/" + document, "officer", PW).json()
                    .getJsonArray("currentLine").getJsonObject(0);
            assertEquals("teamlead", first.getString("assigneeUsername"), "the skipped review keeps its box");
            assertEquals("SKIPPED", first.getString("state"));
            assertEquals("연가", first.getString("comment"), "with the reason in it");
        } finally {
            assertEquals(204, api().delete("api/absences/" + leave.json().getJsonNumber("id").longValue(), "head",
                    PW).status());
        }
    }

    @Test
    void aDraftIsReadOnlyByItsDepartmentItsLineThePlanningOfficeAndTheExecutives() {
        ReportFixture f = fixture();
        long period = f.openPeriod(2030, 60, false);
        long task = f.taskId("1-2");
        long report = f.reportId(period, task);
        assertEquals(200, f.write("officer", report, "ON_TRACK", 40).status());
        long attachment = upload("officer", report, "계획.pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes()).json().getJsonNumber("id")
                .longValue();
        String file = "api/reports/" + report + "/attachments/" + attachment;

        for (String outsider : List.of("fishoff", "collab", "tfleader", "admin")) {
            assertEquals(403, api().get("api/reports/" + report, outsider, PW).status(), outsider);
            assertEquals(403, api().get(file, outsider, PW).status(), outsider + " downloads");
            assertEquals(403, api().get("api/reports/" + report + "/attachments", outsider, PW).status(), outsider);
            assertFalse(reportIds("api/reports?period=" + period + "&size=200", outsider).contains(report),
                    outsider + " does not find it in the list");
            assertFalse(reportIds("api/tasks/" + task + "/reports", outsider).contains(report),
                    outsider + " does not find it on the task card");
        }
        for (String reader : List.of("officer", "teamlead", "head", "planner", "deputy", "mayor")) {
            assertEquals(200, api().get("api/reports/" + report, reader, PW).status(), reader);
            assertEquals(200, api().get(file, reader, PW).status(), reader + " downloads");
            assertTrue(reportIds("api/reports?period=" + period + "&size=200", reader).contains(report), reader);
        }

        long document = f.submit("officer", report, null).json().getJsonNumber("documentId").longValue();
        assertEquals(200, api().get("api/reports/" + report, "collab", PW).status(), "on the line now");
        assertTrue(reportIds("api/tasks/" + task + "/reports", "collab").contains(report));
        assertEquals(403, api().get("api/reports/" + report, "fishoff", PW).status());
        assertEquals(403, api().get("api/approvals/" + document, "fishoff", PW).status());
        for (String user : List.of("teamlead", "collab", "urbanoff", "head")) {
            assertEquals(200, f.act(user, document, "approve", null).status(), user);
        }
        assertEquals(200, api().get("api/reports/" + report, "fishoff", PW).status(), "an approved report is official");
        assertEquals(200, api().get(file, "fishoff", PW).status());
        assertTrue(reportIds("api/reports?period=" + period + "&size=200", "fishoff").contains(report));
        assertEquals(200, api().get("api/approvals/" + document, "fishoff", PW).status());
    }

    @Test
    void anOlderPeriodApprovedAfterANewerOneLeavesTheTaskOnTheNewer() {
        ReportFixture f = fixture();
        long task = f.newTaskLike("1-6");
        long newer = f.reportId(f.openPeriod(2095, 4, false), task);
        long older = f.reportId(f.openPeriod(2091, 3, false), task);
        assertEquals(200, f.write("officer", newer, "ON_TRACK", 60).status());
        approveAll(f.submit("officer", newer, null).json().getJsonNumber("documentId").longValue());
        assertEquals("ON_TRACK", api().get("api/tasks/" + task, "officer", PW).json().getString("status"));

        assertEquals(200, f.write("officer", older, "PARTLY", 30).status());
        approveAll(f.submit("officer", older, null).json().getJsonNumber("documentId").longValue());
        assertEquals("ON_TRACK", api().get("api/tasks/" + task, "officer", PW).json().getString("status"),
                "a late approval of an older period is history, not today's status");
        JsonObject official = api().get("api/tasks/" + task + "/reports", "officer", PW).json().getJsonObject("official");
        assertEquals(newer, official.getJsonNumber("id").longValue(), "the figures come from the latest period too");

        JsonObject card = api().get("api/tasks/" + task, "fishoff", PW).json();
        assertEquals("REPORT", card.getString("statusSource"), "the card's status is the official report's");
        JsonObject figures = card.getJsonObject("official");
        assertEquals(newer, figures.getJsonNumber("reportId").longValue(), "the card names the latest period's report");
        assertEquals(f.report("officer", newer).getJsonObject("period").getString("label"),
                figures.getString("periodLabel"));
        assertEquals(f.report("officer", newer).getJsonNumber("documentId").longValue(),
                figures.getJsonNumber("documentId").longValue(), "and the approval it came from");
        assertTrue(figures.getString("approvedAt").startsWith("20"), figures.toString());
        assertEquals("ON_TRACK", figures.getString("status"));
        assertEquals(60, figures.getInt("progressPercent"), "not the older period's 30 %");
        assertEquals(12.5, figures.getJsonArray("kpiActuals").getJsonObject(0).getJsonNumber("actual").doubleValue());
        JsonObject funds = figures.getJsonArray("funds").getJsonObject(0);
        assertEquals("NATIONAL", funds.getString("source"));
        assertEquals(300_000_000L, funds.getJsonNumber("requestedWon").longValue());
        assertEquals(200_000_000L, funds.getJsonNumber("securedWon").longValue());
        assertEquals(100_000_000L, funds.getJsonNumber("executedWon").longValue());
    }

    @Test
    void aReportCarryingAnAdjustmentOnlyStatusIsRefusedNamingTheField() {
        ReportFixture f = fixture();
        long report = f.reportId(f.openPeriod(2030, 60, false), f.taskId("1-2"));
        for (String adjustmentOnly : List.of("MERGED", "DROPPED", "REPLACED")) {
            Reply refused = f.write("officer", report, adjustmentOnly, 50);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("status", refused.json().getString("field"), refused.toString());
            assertEquals("report.statusNotReportable", refused.json().getString("code"));
        }
        JsonObject unchanged = f.report("officer", report);
        assertEquals("NOT_STARTED", unchanged.getString("state"), "nothing was stored");
        assertTrue(!unchanged.containsKey("reportedStatus") || unchanged.isNull("reportedStatus"), unchanged.toString());
        Reply reportable = f.write("officer", report, "ON_HOLD", 50);
        assertEquals(200, reportable.status(), reportable.toString());
        assertEquals("ON_HOLD", reportable.json().getString("reportedStatus"));
    }

    private void approveAll(long document) {
        for (JsonObject step : api().get("api/approvals/" + document, "officer", PW).json()
                .getJsonArray("currentLine").getValuesAs(JsonObject.class)) {
            Reply acted = fixture().act(step.getString("assigneeUsername"), document, "approve", null);
            assertEquals(200, acted.status(), step.getString("assigneeUsername") + ": " + acted);
        }
    }

    private List<Long> reportIds(String path, String user) {
        Reply reply = api().get(path, user, PW);
        assertEquals(200, reply.status(), reply.toString());
        jakarta.json.JsonArray items = reply.body().startsWith("[") ? Json.createReader(new java.io.StringReader(
                reply.body())).readArray() : reply.json().getJsonArray(reply.json().containsKey("items") ? "items"
                        : "reports");
        return items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private Reply absence(String recorder, String absent, String deputy, String day) {
        return api().post("api/absences", recorder, PW, Json.createObjectBuilder().add("absent", absent)
                .add("deputy", deputy).add("firstDay", day).add("lastDay", day).add("reason", "교육")
                .build().toString());
    }

    private Reply upload(String user, long report, String name, byte[] content) {
        ApiClient api = api();
        return api.send(api.request("api/reports/" + report + "/attachments?name="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), user, PW)
                .header("Content-Type", "application/octet-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private List<Long> inbox(String user, String box) {
        Reply reply = api().get("api/approvals/inbox?box=" + box + "&size=100", user, PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("documentId").longValue()).toList();
    }

    private List<String> notifications(String user) {
        Reply reply = api().get("api/notifications?max=50", user, PW);
        assertEquals(200, reply.status(), reply.toString());
        return Json.createReader(new java.io.StringReader(reply.body())).readArray().stream()
                .map(v -> v.asJsonObject().getString("kind") + " " + v.asJsonObject().getString("subject")).toList();
    }

    private static boolean waitForMail(String to, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                try {
                    String all = m.getSubject() + "\n" + GreenMailUtil.getBody(m);
                    String body = m.getContent() instanceof String s ? s : all;
                    if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to))
                            && (m.getSubject().contains(text) || body.contains(text))) {
                        return true;
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String mailSummary() {
        StringBuilder s = new StringBuilder();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                s.append(Arrays.toString(m.getAllRecipients())).append(' ').append(m.getSubject()).append('\n');
            } catch (Exception e) {
                s.append(e).append('\n');
            }
        }
        return s.toString();
    }
}
