package kr.corepolicy.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium for the browser tests (Debian's chromium and chromium-driver). Where Chromium is not
 * installed the tests are skipped with the install command; on CI (CI=true) that is a failure instead.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The phone width of the layout checks (a common phone's CSS width) and the desktop width. */
    public static final int PHONE_WIDTH = 390;

    public static final int DESKTOP_WIDTH = 1280;

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String how = "Chromium is not installed: sudo apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(how + " (CI must run the browser tests)");
            }
            Assumptions.abort(how);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,900", "--lang=ko-KR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver);
    }

    /** Signs in on the sign-in page of the application at {@code base} and waits for the home page. */
    public void signIn(String base, String username, String password) {
        open(base + "login.xhtml");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("signIn"));
        find(By.id("welcome"));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Fails unless the page keeps no view state in the session: no Faces form (no view-state field), or only forms of
     * a transient view ("stateless").
     */
    public void assertKeepsNoViewState(String page) {
        List<String> states = driver.findElements(By.name("jakarta.faces.ViewState")).stream()
                .map(state -> state.getAttribute("value")).distinct().toList();
        if (!states.isEmpty() && !states.equals(List.of("stateless"))) {
            fail(page + " keeps view state: " + states);
        }
    }

    /** The text of an element, waiting for it (and riding out PrimeFaces re-rendering it). */
    public String text(By by) {
        return waiter().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    /** The text of an element once it contains {@code expected} (Ajax updates arrive a little later). */
    public String textContaining(By by, String expected) {
        return waiter().ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(by).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    /**
     * The text of an element once it equals {@code expected}, or what it says after 20 s: after a click that posts the
     * whole page the old page can still be read for a moment.
     */
    public String textEquals(By by, String expected) {
        String[] last = {null};
        try {
            return waiter().until(d -> {
                last[0] = d.findElement(by).getText();
                return expected.equals(last[0]) ? last[0] : null;
            });
        } catch (TimeoutException e) {
            return last[0];
        }
    }

    public WebElement find(By by) {
        return waiter().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks, waiting while the element is re-rendered or still covered (an overlay closing, a dialog opening). */
    public void click(By by) {
        waiter().ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public void waitForUrlContaining(String part) {
        waiter().until(ExpectedConditions.urlContains(part));
    }

    /**
     * Waits until the address's path (not its query) ends with {@code path}: the sign-in page's own address names the
     * page asked for in {@code next=}, so {@link #waitForUrlContaining} would be met before the sign-in has gone on.
     */
    public void waitForPage(String path) {
        waiter().until(d -> {
            String url = d.getCurrentUrl();
            int query = url.indexOf('?');
            return (query < 0 ? url : url.substring(0, query)).endsWith(path);
        });
    }

    /** Waits up to 20 s, riding out elements that PrimeFaces or a postback replaces while they are read. */
    public WebDriverWait waiter() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Lays pages out 390 px wide (a phone) from now on, until {@link #desktop()}; reloads nothing. */
    public Browser phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", 844,
                "deviceScaleFactor", 1, "mobile", false));
        settle();
        return this;
    }

    /** Back to the desktop width (1280 px, the window's own size). */
    public Browser desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        settle();
        return this;
    }

    /**
     * Waits three animation frames after the width changed: what resizes itself on a resize observer (a Chart.js
     * canvas) has then followed, and a check of the page's width measures the page as a person would see it.
     */
    private void settle() {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () {"
                + " requestAnimationFrame(function () { done(); }); }); });");
    }

    /** The viewport's width in CSS pixels as the page sees it ({@code window.innerWidth}). */
    public long width() {
        return ((Number) driver.executeScript("return window.innerWidth;")).longValue();
    }

    /**
     * The current page printed to PDF by Chromium on A4 (portrait, backgrounds off, the page's own {@code @page}
     * margins where it sets them), as a browser's "Save as PDF" would; read it with {@link Printed}.
     */
    public byte[] printToPdf() {
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        options.setPageMargin(new PageMargin(0, 0, 0, 0));
        return Base64.getDecoder().decode(driver.print(options).getContent());
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("corepolicy.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
