package kr.corepolicy.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.Printed;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the application, in the states a user reaches without much ceremony (empty, filled, with the
 * errors of an empty submit, returned, approved), through axe-core's WCAG 2.0/2.1 A and AA rules and the "no wider
 * than the screen" rule, at 1280 px and at a 390 px phone width (#11). The table of states below must name every
 * page under src/main/webapp, so a new page is checked as soon as it exists. The walk goes on past a failing state
 * and fails once at the end, listing every violation by page and state.
 */
@ExtendWith(SharedServer.class)
class AccessibilityBrowserIT {

    private static final String PW = "demo1234";
    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static final URL BASE = SharedServer.url();
    private static final ApiClient API = new ApiClient(BASE);

    /** The data of this class alone: reports of task 1-2 in reporting periods this class opened. */
    private static long task;
    private static long strategy;
    private static long emptyReport;
    private static long filledReport;
    private static long returnedReport;
    private static long returnedDocument;
    private static long waitingDocument;
    private static long approvedReport;
    private static long approvedDocument;

    /** One state of one page: who looks (null: signed out), where, and what they do there first. */
    private record State(String name, String user, String path, Consumer<Browser> then) {

        static State of(String name, String user, String path) {
            return new State(name, user, path, b -> { });
        }
    }

    @BeforeAll
    static void data() {
        task = taskId("1-2");
        strategy = Json.createReader(new StringReader(API.get("api/strategies", "officer", PW).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("number") == 1).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        emptyReport = reportOfNewPeriod();
        filledReport = reportOfNewPeriod();
        write(filledReport);
        waitingDocument = submit(reportOfNewPeriod());
        returnedReport = reportOfNewPeriod();
        returnedDocument = submit(returnedReport);
        act("teamlead", returnedDocument, "return", "부진사유를 구체적으로 적어 주십시오");
        approvedReport = reportOfNewPeriod();
        approvedDocument = submit(approvedReport);
        JsonArray line = API.get("api/approvals/" + approvedDocument, "officer", PW).json().getJsonArray("currentLine");
        for (JsonObject step : line.getValuesAs(JsonObject.class)) {
            if (!step.containsKey("signedAt") || step.isNull("signedAt")) {
                act(step.getString("assigneeUsername"), approvedDocument, "approve", null);
            }
        }
        assertEquals("APPROVED", API.get("api/approvals/" + approvedDocument, "officer", PW).json().getString("status"));
    }

    /** The states of every page, by the page's path under src/main/webapp. */
    private static Map<String, List<State>> states() {
        Map<String, List<State>> pages = new LinkedHashMap<>();
        pages.put("login.xhtml", List.of(
                State.of("empty", null, "login.xhtml"),
                new State("wrong password", null, "login.xhtml", b -> {
                    b.type(By.id("username"), "officer");
                    b.type(By.id("password"), "wrong-password");
                    b.click(By.id("signIn"));
                    b.find(By.id("loginError"));
                }),
                State.of("signed out", null, "login.xhtml?signedOut=true")));
        pages.put("bare.xhtml", List.of(State.of("opened", null, "bare.xhtml")));
        pages.put("error/error.xhtml", List.of(State.of("opened", null, "error/error.xhtml")));
        pages.put("error/expired.xhtml", List.of(State.of("opened", null, "error/expired.xhtml")));
        pages.put("error/forbidden.xhtml", List.of(State.of("officer opens administration", "officer",
                "admin/users.xhtml")));
        pages.put("error/not-found.xhtml", List.of(State.of("officer opens a missing page", "officer",
                "no-such-page.xhtml"), State.of("a missing task", "officer", "tasks/card.xhtml?id=999999999")));
        pages.put("index.xhtml", List.of(State.of("officer's home", "officer", "index.xhtml"),
                State.of("head's home", "head", "index.xhtml"),
                State.of("deputy mayor's home, the dashboard link", "deputy", "index.xhtml")));
        pages.put("notifications.xhtml", List.of(State.of("officer's list", "officer", "notifications.xhtml")));
        pages.put("account/password.xhtml", List.of(State.of("empty", "officer", "account/password.xhtml"),
                new State("errors after an empty submit", "officer", "account/password.xhtml",
                        b -> submitAndWait(b, "[id$=':change']"))));
        pages.put("account/tokens.xhtml", List.of(State.of("list", "officer", "account/tokens.xhtml"),
                new State("errors after an empty create", "officer", "account/tokens.xhtml",
                        b -> submitAndWait(b, "[id$=':issue']")),
                new State("a token created, its value shown once", "officer", "account/tokens.xhtml", b -> {
                    revokeTokensOf("officer");
                    b.type(By.id("tokenForm:name"), "접근성 점검");
                    submitAndWait(b, "[id$=':issue']");
                    b.find(By.id("tokenSecret"));
                }),
                new State("revoking, the confirmation open", "officer", "account/tokens.xhtml", b -> {
                    b.click(By.cssSelector("[id$=':revoke']"));
                    b.waiter().until(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                            .anyMatch(WebElement::isDisplayed));
                })));
        pages.put("admin/users.xhtml", List.of(State.of("list", "admin", "admin/users.xhtml"),
                new State("new user dialog", "admin", "admin/users.xhtml", b -> {
                    b.click(By.cssSelector("[id$=':newUser']"));
                    b.find(By.cssSelector("[id$=':saveUser']"));
                }),
                new State("new user, errors after an empty save", "admin", "admin/users.xhtml", b -> {
                    b.click(By.cssSelector("[id$=':newUser']"));
                    b.find(By.cssSelector("[id$=':saveUser']"));
                    submitAndWait(b, "[id$=':saveUser']");
                })));
        pages.put("admin/organization.xhtml", List.of(State.of("list", "admin", "admin/organization.xhtml")));
        pages.put("admin/delegation.xhtml", List.of(State.of("rules", "admin", "admin/delegation.xhtml")));
        pages.put("admin/mail.xhtml", List.of(State.of("outbox", "admin", "admin/mail.xhtml")));
        pages.put("approvals/index.xhtml", List.of(State.of("team leader's waiting box", "teamlead",
                "approvals/index.xhtml"), State.of("drafter's box", "officer", "approvals/index.xhtml")));
        pages.put("approvals/document.xhtml", List.of(
                State.of("waiting for the team leader", "teamlead", "approvals/document.xhtml?id=" + waitingDocument),
                State.of("in approval, seen by the drafter", "officer",
                        "approvals/document.xhtml?id=" + waitingDocument),
                State.of("returned", "officer", "approvals/document.xhtml?id=" + returnedDocument),
                State.of("approved", "head", "approvals/document.xhtml?id=" + approvedDocument)));
        pages.put("approvals/absences.xhtml", List.of(State.of("list", "officer", "approvals/absences.xhtml")));
        pages.put("reports/index.xhtml", List.of(State.of("officer's reports", "officer", "reports/index.xhtml")));
        pages.put("reports/edit.xhtml", List.of(
                State.of("empty draft", "officer", "reports/edit.xhtml?id=" + emptyReport),
                new State("errors after an empty submit", "officer", "reports/edit.xhtml?id=" + emptyReport, b -> {
                    b.click(By.cssSelector("[id$=':submit']"));
                    confirm(b);
                    settle(b);
                }),
                State.of("filled", "officer", "reports/edit.xhtml?id=" + filledReport),
                State.of("returned", "officer", "reports/edit.xhtml?id=" + returnedReport),
                State.of("approved", "officer", "reports/edit.xhtml?id=" + approvedReport)));
        pages.put("reports/periods.xhtml", List.of(State.of("periods", "planner", "reports/periods.xhtml")));
        pages.put("strategies/view.xhtml", List.of(State.of("strategy 1", "officer",
                "strategies/view.xhtml?id=" + strategy)));
        pages.put("tasks/index.xhtml", List.of(State.of("list", "officer", "tasks/index.xhtml"),
                State.of("nothing found", "officer", "tasks/index.xhtml?q=zzzz-nothing")));
        pages.put("tasks/card.xhtml", List.of(State.of("task 1-2", "officer", "tasks/card.xhtml?id=" + task)));
        pages.put("tasks/edit.xhtml", List.of(State.of("task 1-2", "officer", "tasks/edit.xhtml?id=" + task),
                State.of("new task", "planner", "tasks/edit.xhtml"),
                new State("new task, errors after an empty save", "planner", "tasks/edit.xhtml",
                        b -> submitAndWait(b, "[id$=':save']"))));
        pages.put("tasks/import.xhtml", List.of(State.of("empty", "planner", "tasks/import.xhtml")));
        pages.put("dashboard/index.xhtml", List.of(State.of("the portfolio", "deputy", "dashboard/index.xhtml"),
                State.of("tasks at risk of strategy 1", "officer", "dashboard/index.xhtml?strategy=1#risks")));
        pages.put("dashboard/department.xhtml", List.of(State.of("the owning department of 1-2", "head",
                "dashboard/department.xhtml?id=" + API.get("api/tasks/" + task, "officer", PW).json()
                        .getJsonObject("owningUnit").getJsonNumber("id").longValue())));
        pages.put("dashboard/thresholds.xhtml", List.of(
                State.of("read-only", "officer", "dashboard/thresholds.xhtml"),
                State.of("editing", "planner", "dashboard/thresholds.xhtml"),
                // Refused (미흡 at or above 정상), so nothing is stored.
                new State("editing, behind threshold above the on-track one", "planner", "dashboard/thresholds.xhtml",
                        b -> {
                            b.type(By.id("thresholdsForm:behindFrom_input"), "95");
                            submitAndWait(b, "[id$=':save']");
                        })));
        return pages;
    }

    @Test
    void everyPageHasStatesInTheWalk() throws IOException {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(WEBAPP)) {
            files = walk.filter(p -> p.toString().endsWith(".xhtml")).map(p -> WEBAPP.relativize(p).toString()
                    .replace('\\', '/')).filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(files.contains("login.xhtml"), "found the pages under " + WEBAPP.toAbsolutePath());
        Set<String> missing = new TreeSet<>(files);
        missing.removeAll(states().keySet());
        assertTrue(missing.isEmpty(), "pages without states in AccessibilityBrowserIT.states(): " + missing);
        Set<String> gone = new TreeSet<>(states().keySet());
        gone.removeAll(files);
        assertTrue(gone.isEmpty(), "states of pages that no longer exist: " + gone);
    }

    @Test
    void everyStateOfEveryPageAtDesktopAndPhoneWidth() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        int checked = 0;
        try (Browser browser = Browser.start()) {
            String signedIn = null;
            for (Map.Entry<String, List<State>> page : states().entrySet()) {
                for (State state : page.getValue()) {
                    String label = page.getKey() + " - " + state.name();
                    List<String> problems = new ArrayList<>();
                    for (boolean phone : new boolean[] {false, true}) {
                        String width = phone ? "390 px" : "1280 px";
                        try {
                            if (!java.util.Objects.equals(signedIn, state.user())) {
                                browser.driver().manage().deleteAllCookies();
                                signedIn = null;
                                if (state.user() != null) {
                                    browser.desktop();
                                    browser.signIn(BASE.toString(), state.user(), PW);
                                }
                                signedIn = state.user();
                            }
                            if (phone) {
                                browser.phone();
                            } else {
                                browser.desktop();
                            }
                            browser.open(BASE + state.path());
                            settle(browser);
                            state.then().accept(browser);
                            settle(browser);
                            List<String> here = Accessibility.problems(browser);
                            here.forEach(p -> problems.add(width + ": " + p));
                            if (!here.isEmpty()) {
                                browser.screenshot("a11y-" + label.replaceAll("[^A-Za-z0-9]+", "-")
                                        + (phone ? "-phone" : "-desktop"));
                            }
                            checked++;
                        } catch (RuntimeException e) {
                            problems.add(width + ": could not reach the state at " + browser.driver().getCurrentUrl()
                                    + ": " + e.toString().lines().findFirst().orElse(""));
                        }
                    }
                    if (!problems.isEmpty()) {
                        found.put(label + " (" + state.user() + ", " + state.path() + ")", problems);
                    }
                }
            }
            browser.desktop();
        }
        if (!found.isEmpty()) {
            fail(found.size() + " page state(s) with accessibility violations (" + checked + " checked):\n"
                    + found.entrySet().stream().map(e -> e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Item 1: a keyboard user reaches the first row's link of each list by Tab and opens it with Enter (PrimeFaces'
     * cell navigation used to swallow the Enter). Prints how many Tabs the link is from the top of the page.
     */
    @Test
    void enterOnALinkInATableOpensIt() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("teamlead", "approvals/index.xhtml");
        lists.put("officer", "reports/index.xhtml");
        lists.put("planner", "tasks/index.xhtml");
        try (Browser browser = Browser.start()) {
            for (Map.Entry<String, String> list : lists.entrySet()) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(BASE.toString(), list.getKey(), PW);
                browser.open(BASE + list.getValue());
                settle(browser);
                int tabs = 0;
                WebElement focused = null;
                while (tabs < 80) {
                    browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                    tabs++;
                    focused = browser.driver().switchTo().activeElement();
                    if (Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                            "return arguments[0].matches('.ui-datatable tbody a[href]');", focused))) {
                        break;
                    }
                }
                assertTrue(tabs < 80, "no link in the table of " + list.getValue() + " within 80 Tabs");
                String href = focused.getAttribute("href");
                System.out.println("[a11y] " + list.getValue() + ": the first row's link is Tab number " + tabs
                        + " from the top of the page (" + list.getKey() + ")");
                focused.sendKeys(Keys.ENTER);
                // The page opened is in the walk above (document, report, task card), with its accessibility check.
                browser.waiter().until(d -> d.getCurrentUrl().equals(href));
            }
        }
    }

    /**
     * Item 9, the print basics every page has from the global style sheet: A4 pages numbered "n / total" in the
     * bottom margin (Chromium's @page margin boxes), and the page's content (not the navigation) on them.
     */
    @Test
    void aPagePrintsOnNumberedA4Pages() {
        try (Browser browser = Browser.start()) {
            browser.signIn(BASE.toString(), "officer", PW);
            browser.open(BASE + "strategies/view.xhtml?id=" + strategy);
            settle(browser);
            String heading = browser.text(By.tagName("h1"));
            Printed printed = Printed.of(browser.printToPdf());
            assertTrue(printed.allA4(), "A4 pages");
            for (int page = 1; page <= printed.pages(); page++) {
                assertTrue(printed.text(page).contains(page + " / " + printed.pages()),
                        "page " + page + " carries its number: " + printed.text(page));
            }
            assertTrue(printed.text(1).contains(heading), "the page's heading is printed: " + printed);
            assertFalse(printed.text().contains("null"), printed.toString());

            // The print date in the bottom margin comes from --cp-print-date on <html> (CSS has no clock).
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.documentElement.style.setProperty('--cp-print-date', '\"인쇄 2026-11-29 14:05\"');");
            Printed dated = Printed.of(browser.printToPdf());
            assertTrue(dated.text(dated.pages()).contains("인쇄 2026-11-29 14:05"), dated.toString());
        }
    }

    /** Revokes every API token of {@code user}: the states above issue some, and a user may have ten. */
    private static void revokeTokensOf(String user) {
        Json.createReader(new StringReader(API.get("api/me/tokens", user, PW).body())).readArray()
                .getValuesAs(JsonObject.class).forEach(t -> assertEquals(204,
                        API.delete("api/me/tokens/" + t.getJsonNumber("id").longValue(), user, PW).status()));
    }

    /** Clicks a submit button (with the form's fields empty) and waits for the answer. */
    private static void submitAndWait(Browser browser, String css) {
        browser.click(By.cssSelector(css));
        settle(browser);
    }

    /** Answers yes in the confirmation dialog that is open. */
    private static void confirm(Browser browser) {
        browser.waiter().until(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .anyMatch(WebElement::isDisplayed));
        browser.driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElseThrow().click();
    }

    /** Waits for the page to load, PrimeFaces' Ajax queue to empty and animations (dialogs, messages) to end. */
    private static void settle(Browser browser) {
        browser.waiter().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery(':animated').length === 0);")));
    }

    private static long taskId(String number) {
        return API.get("api/tasks?q=" + number + "&size=5", "officer", PW).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("managementNumber").equals(number))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** Opens a monthly period of its own (a random free month of 2030-2089) and returns task 1-2's report in it. */
    private static long reportOfNewPeriod() {
        for (int attempt = 0; attempt < 30; attempt++) {
            LocalDate month = LocalDate.of(2030 + ThreadLocalRandom.current().nextInt(60),
                    1 + ThreadLocalRandom.current().nextInt(12), 1);
            Reply opened = API.post("api/periods", "planner", PW, Json.createObjectBuilder().add("kind", "MONTHLY")
                    .add("year", month.getYear()).add("number", month.getMonthValue())
                    .add("dueDate", month.plusDays(40).toString()).add("graceDays", 2).build().toString());
            if (opened.status() == 201) {
                long period = opened.json().getJsonNumber("id").longValue();
                Reply reports = API.get("api/reports?period=" + period + "&task=" + task, "officer", PW);
                assertEquals(200, reports.status(), reports.toString());
                return reports.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            }
            assertEquals(400, opened.status(), opened.toString());
        }
        throw new AssertionError("no free reporting period");
    }

    private static long version(long report) {
        return API.get("api/reports/" + report, "officer", PW).json().getJsonNumber("version").longValue();
    }

    /** A complete report as an officer would write it: partly done (so with reasons and measures), a KPI, funds. */
    private static void write(long report) {
        JsonObject current = API.get("api/reports/" + report, "officer", PW).json();
        int year = Integer.parseInt(API.get("api/tasks/" + task, "officer", PW).json().getString("start")
                .substring(0, 4));
        var actuals = Json.createArrayBuilder();
        current.getJsonArray("kpis").getValuesAs(JsonObject.class).stream().limit(1).forEach(k -> actuals.add(
                Json.createObjectBuilder().add("kpiId", k.getJsonNumber("kpiId").longValue()).add("value", 8)));
        Reply saved = API.put("api/reports/" + report, "officer", PW, Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue()).add("status", "PARTLY")
                .add("progressPercent", 40).add("results", "야간경관 조명 8개소 설치")
                .add("delayReasons", "문화재 현상변경 심의 지연").add("countermeasures", "심의 일정 사전 협의")
                .add("nextSteps", "잔여 4개소 설치").add("kpiActuals", actuals)
                .add("funds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fiscalYear", year)
                        .add("source", "CITY").add("requestedWon", 50_000_000L).add("securedWon", 40_000_000L)
                        .add("executedWon", 10_000_000L)))
                .build().toString());
        assertEquals(200, saved.status(), saved.toString());
    }

    /** Writes and submits the report with its proposed line; returns its document. */
    private static long submit(long report) {
        write(report);
        Reply sent = API.post("api/reports/" + report + "/submit", "officer", PW,
                Json.createObjectBuilder().add("version", version(report)).build().toString());
        assertEquals(200, sent.status(), sent.toString());
        return sent.json().getJsonNumber("documentId").longValue();
    }

    private static void act(String user, long document, String action, String comment) {
        var body = Json.createObjectBuilder().add("action", action);
        if (comment != null) {
            body.add("comment", comment);
        }
        Reply reply = API.post("api/approvals/" + document + "/actions", user, PW, body.build().toString());
        assertEquals(200, reply.status(), reply.toString());
    }
}
