package kr.corepolicy.web.faces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The administrator adds a team to the chart and a user to it; the new user signs in with the roles given. The
 * administrator sees the e-mail copies that could not go out (no mail server listens in this test) and resends
 * one with the keyboard.
 */
@ExtendWith(SharedServer.class)
class AdministrationBrowserIT {

    private final URL base = SharedServer.url();

    @Test
    void addATeamAndAUserWhoThenSignsIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String teamCode = "T-IT" + suffix;
        String teamName = "시험팀" + suffix;
        String username = "it" + suffix.toLowerCase();
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "admin", "demo1234");

            browser.open(base + "admin/organization.xhtml");
            browser.click(By.xpath("//tr[.//code[text()='D-TOUR']]//button[contains(@title,'하위 조직')]"));
            browser.type(By.id("unitForm:code"), teamCode);
            browser.type(By.id("unitForm:nameKo"), teamName);
            browser.click(By.id("unitForm:saveUnit"));
            browser.textContaining(By.id("orgForm:units"), teamName);
            browser.screenshot("20-organization");

            browser.open(base + "admin/users.xhtml");
            browser.click(By.id("usersForm:newUser"));
            browser.type(By.id("userForm:username"), username);
            browser.type(By.id("userForm:displayName"), "시험 사용자");
            choose(browser, "userForm:unit", teamName);
            browser.click(By.xpath("//label[contains(text(),'과제 담당자')]"));
            browser.type(By.id("userForm:password"), "Gyeongju#2026");
            browser.click(By.id("userForm:saveUser"));
            browser.textContaining(By.id("messages"), username);
            browser.type(By.id("usersForm:userSearch"), username);
            browser.click(By.id("usersForm:searchUsers"));
            browser.textContaining(By.id("usersForm:accounts"), "시험팀");
            browser.screenshot("21-users");

            browser.click(By.id("signOut"));
            browser.waitForUrlContaining("signedOut=true");
            browser.type(By.id("username"), username);
            browser.type(By.id("password"), "Gyeongju#2026");
            browser.click(By.id("signIn"));
            assertEquals("시험 사용자님, 안녕하십니까.", browser.text(By.id("welcome")));
            assertTrue(browser.text(By.id("currentUser")).contains("관광정책과"), "a team's department is its division");

            browser.open(base + "admin/users.xhtml");
            assertEquals("권한이 없습니다", browser.text(By.tagName("h1")), "an officer is refused the administration");
        }
        ApiClient api = new ApiClient(base);
        assertTrue(api.get("api/me", username, "Gyeongju#2026").json().getJsonArray("roles").toString()
                .contains("OFFICER"), "the role given on the page");
    }

    @Test
    void theAdministratorSeesAWaitingEMailWithItsErrorAndResendsItWithTheKeyboard() {
        ApiClient api = new ApiClient(base);
        String title = submitAReport(api);
        awaitFirstAttempt(api, title);
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "admin", "demo1234");
            browser.click(By.linkText("메일 발송 현황"));
            assertEquals("메일 발송 현황", browser.text(By.tagName("h1")));
            assertEquals("ko", browser.find(By.tagName("html")).getAttribute("lang"));
            browser.textContaining(By.id("mailForm:mails"), title);
            WebElement row = browser.find(By.xpath("//tbody[@id='mailForm:mails_data']/tr[contains(., '" + title
                    + "')]"));
            String text = row.getText();
            assertTrue(text.contains("teamlead") && text.contains("대기") && text.contains("결재 요청"), text);
            assertTrue(text.contains("3025"), "the last error names the unreachable server: " + text);
            assertTrue(browser.text(By.id("mailForm:mailCounts")).matches("대기 \\d+건 · 실패 \\d+건"),
                    browser.text(By.id("mailForm:mailCounts")));
            accessible(browser);
            browser.screenshot("22-mail");

            WebElement resend = row.findElement(By.xpath(".//button[contains(@id, ':resend')]"));
            assertTrue(resend.getAttribute("aria-label").contains("teamlead@") && resend.getAttribute("aria-label")
                    .contains(title), "the button says which e-mail: " + resend.getAttribute("aria-label"));
            resend.sendKeys(Keys.ENTER);
            browser.textContaining(By.id("messages"), "다시 보냅니다");
            browser.textContaining(By.id("mailForm:mails"), title);
        }
        Reply trail = api.get("api/audit?action=MAIL_RESENT&actor=admin&max=5", "admin", "demo1234");
        assertEquals(200, trail.status(), trail.toString());
        assertTrue(trail.body().contains("teamlead@"), "the resend is audited: " + trail);
    }

    /** Every control on the page has a name a screen reader reads, the table has column headers. */
    private static void accessible(Browser browser) {
        for (WebElement button : browser.driver().findElements(By.cssSelector("#mailForm button"))) {
            String name = button.getText().isBlank() ? button.getAttribute("aria-label") : button.getText();
            assertTrue(name != null && !name.isBlank(), "a button without a name: " + button.getAttribute("id"));
        }
        WebElement label = browser.find(By.xpath("//form[@id='mailForm']//label[normalize-space()='상태']"));
        String target = label.getAttribute("for");
        assertTrue(target != null && target.startsWith("mailForm:state")
                && !browser.driver().findElements(By.id(target)).isEmpty(), "the state filter is labelled: " + target);
        List<String> headers = browser.driver().findElements(By.cssSelector("#mailForm\\:mails thead th")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertTrue(headers.containsAll(List.of("받는 사람", "상태", "다음 시도", "마지막 오류", "작업")), headers.toString());
    }

    /** The officer submits task 1-2's report of a new month of 2100: the team leader is told, by e-mail too. */
    /**
     * The first attempt is made after the commit, asynchronously, behind whatever else is due on the shared
     * server: wait (up to 90 s) until the copy to the team leader has been tried, so the page has an error to show.
     */
    private static void awaitFirstAttempt(ApiClient api, String title) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            Reply pending = api.get("api/admin/mail?state=pending&size=200", "admin", "demo1234");
            boolean tried = pending.status() == 200 && pending.json().getJsonArray("items").stream()
                    .map(v -> v.asJsonObject())
                    .anyMatch(m -> m.getString("subject", "").contains(title)
                            && "teamlead".equals(m.getString("recipient", "")) && m.getInt("attempts", 0) >= 1);
            if (tried) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String submitAReport(ApiClient api) {
        List<Integer> months = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        Collections.shuffle(months);
        long period = -1;
        for (int month : months) {
            Reply opened = api.post("api/periods", "planner", "demo1234", Json.createObjectBuilder()
                    .add("kind", "MONTHLY").add("year", 2100).add("number", month)
                    .add("dueDate", LocalDate.of(2100, month, 1).plusDays(40).toString()).add("graceDays", 2)
                    .build().toString());
            if (opened.status() == 201) {
                period = opened.json().getJsonNumber("id").longValue();
                break;
            }
        }
        assertTrue(period > 0, "a free month of 2100");
        long task = api.get("api/tasks?q=1-2&size=5", "officer", "demo1234").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(t -> t.getString("managementNumber").equals("1-2")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        JsonObject report = api.get("api/reports?period=" + period + "&task=" + task, "officer", "demo1234").json()
                .getJsonArray("items").getJsonObject(0);
        long id = report.getJsonNumber("id").longValue();
        long version = api.get("api/reports/" + id, "officer", "demo1234").json().getJsonNumber("version").longValue();
        Reply written = api.put("api/reports/" + id, "officer", "demo1234", Json.createObjectBuilder()
                .add("version", version).add("status", "ON_TRACK").add("progressPercent", 40)
                .add("results", "야간경관 조명 설치").add("nextSteps", "시범 운영").build().toString());
        assertEquals(200, written.status(), written.toString());
        version = written.json().getJsonNumber("version").longValue();
        Reply submitted = api.post("api/reports/" + id + "/submit", "officer", "demo1234",
                Json.createObjectBuilder().add("version", version).build().toString());
        assertEquals(200, submitted.status(), submitted.toString());
        long document = api.get("api/reports/" + id, "officer", "demo1234").json().getJsonNumber("documentId")
                .longValue();
        return api.get("api/approvals/" + document, "officer", "demo1234").json().getString("title");
    }

    /** Picks an option of a PrimeFaces selectOneMenu by typing into its filter. */
    private static void choose(Browser browser, String id, String label) {
        browser.click(By.id(id));
        WebElement filter = browser.find(By.id(id + "_filter"));
        filter.sendKeys(label);
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and @data-label='" + label + "']"));
    }
}
