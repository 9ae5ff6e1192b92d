package kr.corepolicy.web.faces.task;

import static kr.corepolicy.web.rest.task.KpiFixture.PW;
import static kr.corepolicy.web.rest.task.KpiFixture.SATISFACTION;
import static kr.corepolicy.web.rest.task.KpiFixture.VACANCY;
import static kr.corepolicy.web.rest.task.KpiFixture.VISITORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.Printed;
import kr.corepolicy.web.SharedServer;
import kr.corepolicy.web.rest.task.KpiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The KPI section of the task card in Chromium, read by an employee of another department: each KPI's latest status
 * in words beside its achievement, the thresholds and how the status is computed, and a chart per KPI (targets
 * against approved actuals by year) with its figures as text and links to the approval document they come from.
 * Checked for accessibility at the desktop and the phone width; the card still prints.
 */
@ExtendWith(SharedServer.class)
class TaskKpiBrowserIT {

    private final URL base = SharedServer.url();

    @Test
    void theCardShowsEachKpisStatusItsThresholdsAndItsChartOfTargetsAgainstApprovedActuals() {
        ApiClient api = new ApiClient(base);
        KpiFixture f = new KpiFixture(api);
        int year = -1;
        long task = -1;
        Map<String, Long> periods = null;
        for (int attempt = 0; periods == null && attempt < 20; attempt++) {
            year = 2040 + ThreadLocalRandom.current().nextInt(59);
            task = f.newTask(year);
            periods = f.openPeriods(Map.of("jun", new int[] {year, 6}));
        }
        assertTrue(periods != null, "no free period");
        Map<String, Long> kpis = f.kpiIds(task);
        // June Y: visitors 140 against 150 expected (100 → 200): 40 of 50, 80 %, 미흡; vacancy 8 against 9 expected
        // (12 → 6): 4 of 3, 133.3 %, 정상; satisfaction 75 in a year without a target: 실적 없음.
        long document = f.approve(task, periods.get("jun"), Map.of(kpis.get(VISITORS), "140", kpis.get(VACANCY), "8",
                kpis.get(SATISFACTION), "75"));
        String june = year + "년 6월";

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "fishoff", PW);
            browser.open(base + "tasks/card.xhtml?id=" + task);
            assertEquals("미흡 궤적 대비 80% (" + june + ")", status(browser, VISITORS));
            assertEquals("정상 궤적 대비 133.3% (" + june + ")", status(browser, VACANCY));
            assertEquals("실적 없음 그해 목표 없음", status(browser, SATISFACTION));
            assertEquals("상태 기준: 정상 90% 이상 · 미흡 60% 이상 · 부진 60% 미만.",
                    browser.text(By.id("kpiThresholds")));
            assertTrue(browser.text(By.id("kpiRule")).contains("달성률은 보고 기간 말까지 이룬 변화 ÷ 그때까지 기대한 변화"),
                    browser.text(By.id("kpiRule")));

            List<WebElement> canvases = browser.waiter().until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#kpiCharts canvas[role='img']"));
                return found.size() == 3 ? found : null;
            });
            assertEquals("관광객 수(만명) 연도별 목표와 실적: " + year + "년 목표 200, 실적 140; " + (year + 1)
                    + "년 목표 260, 실적 없음", canvases.get(0).getAttribute("aria-label"), "the chart's text alternative");
            Object drawn = browser.waiter().until(d -> ((JavascriptExecutor) d).executeScript(
                    "const c = arguments[0]; const chart = window.Chart && Chart.getChart(c);"
                            + " return chart ? JSON.stringify(chart.data.datasets.map(s => s.data)) : null;",
                    canvases.get(0)));
            assertEquals("[[200,260],[140,null]]", drawn, "Chart.js drew the targets and the approved actuals");
            assertTrue(canvases.get(0).getSize().getWidth() > 200, "the chart has its width");

            WebElement source = browser.find(By.linkText("140 (" + june + ")"));
            assertTrue(source.getAttribute("href").endsWith("approvals/document.xhtml?id=" + document),
                    "the actual links to its approval document: " + source.getAttribute("href"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('kpiHead').scrollIntoView();");
            browser.screenshot("task-card-kpis");
            Accessibility.check(browser.desktop(), "task card with KPI status and charts (desktop)");
            try {
                Accessibility.check(browser.phone(), "task card with KPI status and charts (phone)");
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('kpiCharts').scrollIntoView();");
                browser.screenshot("task-card-kpis-phone");
            } finally {
                browser.desktop();
            }

            Printed printed = Printed.of(browser.printToPdf());
            assertTrue(printed.allA4(), printed.toString());
            String text = printed.text();
            assertTrue(text.contains("달성 상태"), "the status column prints: " + text);
            assertTrue(text.contains("상태 기준: 정상 90% 이상"), "the thresholds print: " + text);
            assertFalse(text.contains("연도별 목표 대비 실적"), "the charts stay on the screen: " + text);
            assertFalse(text.contains("null"), text);
        }
    }

    /** The text of the status cell in the KPI table's row of {@code kpi}. */
    private static String status(Browser browser, String kpi) {
        return browser.text(By.xpath("//table[@id='kpis']//tr[th[normalize-space()='" + kpi
                + "']]/td[contains(@class, 'cp-kpi-latest')]")).replaceAll("\\s+", " ").trim();
    }
}
