package kr.corepolicy.web.faces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator adds a team to the chart and a user to it; the new user signs in with the roles given. */
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    private URL base;

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

            browser.click(By.id("shellForm:signOut"));
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

    /** Picks an option of a PrimeFaces selectOneMenu by typing into its filter. */
    private static void choose(Browser browser, String id, String label) {
        browser.click(By.id(id));
        WebElement filter = browser.find(By.id(id + "_filter"));
        filter.sendKeys(label);
        browser.click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and @data-label='" + label + "']"));
    }
}
