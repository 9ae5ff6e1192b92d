package kr.corepolicy.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility check of the browser tests (#11): axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is
 * now, and a layout rule: nothing makes the page wider than the viewport (at 390 px a phone would scroll sideways).
 * Call {@link #check} on every state a browser test reaches, at {@link Browser#desktop()} and {@link Browser#phone()}.
 */
public final class Accessibility {

    /** The rule sets the issue asks for (KWCAG 2.2 follows WCAG 2.1 AA). */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** How many offending elements of one rule are named (the count is always given). */
    private static final int TARGETS_SHOWN = 4;

    /**
     * The elements sticking out on the right of the viewport that no ancestor clips or scrolls (those are what
     * make the page scroll sideways), widest first: "tag#id.class width px (right edge px)".
     */
    private static final String WIDER_THAN_VIEWPORT = """
            const vw = window.innerWidth;
            const clipped = el => {
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
              }
              return false;
            };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (typeof el.className === 'string' && el.className.trim()
                 ? '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.') : '');
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.right <= vw + 0.5 || clipped(el)) continue;
              if (getComputedStyle(el).position === 'fixed' && r.left >= vw) continue;
              out.push([r.width, name(el) + ' ' + Math.round(r.width) + ' px (right edge '
                + Math.round(r.right) + ' px)']);
            }
            out.sort((a, b) => b[0] - a[0]);
            return {scroll: document.documentElement.scrollWidth, inner: vw,
                    widest: out.slice(0, 6).map(x => x[1])};
            """;

    private Accessibility() {
    }

    /** Fails with every violation on the current page, naming {@code state} and the URL; passes when none. */
    public static void check(Browser browser, String state) {
        List<String> problems = problems(browser);
        if (!problems.isEmpty()) {
            fail(report(state, browser.driver().getCurrentUrl(), problems));
        }
    }

    /**
     * Every violation on the current page, one line each (empty when none): for tests that walk many pages and
     * fail once at the end with all of them.
     */
    public static List<String> problems(Browser browser) {
        List<String> problems = new ArrayList<>();
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        if (results.isErrored()) {
            problems.add("axe-core could not run: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes();
            String targets = nodes.stream().limit(TARGETS_SHOWN).map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(", "));
            problems.add(rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " - " + nodes.size()
                    + " element(s): " + targets + (nodes.size() > TARGETS_SHOWN ? ", ..." : ""));
        }
        problems.addAll(layout(browser));
        return problems;
    }

    /**
     * The layout rule alone: the page is no wider than the viewport (empty when it holds). A page still following a
     * change of width (a chart canvas resizes itself a few frames later) is measured again for up to two seconds
     * before it counts as too wide.
     */
    @SuppressWarnings("unchecked")
    public static List<String> layout(Browser browser) {
        Map<String, Object> width = null;
        long scroll = 0;
        long inner = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            width = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(WIDER_THAN_VIEWPORT);
            scroll = ((Number) width.get("scroll")).longValue();
            inner = ((Number) width.get("inner")).longValue();
            if (scroll <= inner) {
                return List.of();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of("page-wider-than-viewport: the page is " + scroll + " px wide in a " + inner
                + " px viewport; widest: " + width.get("widest"));
    }

    /** The failure message: the state, its URL and one violation a line. */
    public static String report(String state, String url, List<String> problems) {
        return problems.size() + " accessibility violation(s) in state '" + state + "' at " + url + ":\n  "
                + String.join("\n  ", problems);
    }
}
