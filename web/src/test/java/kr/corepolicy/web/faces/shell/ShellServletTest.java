package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/tasks/card.xhtml?id=3", "/tasks/index.xhtml?strategy=2&page=1",
            "/dashboard/department.xhtml?id=691#risks", "/", "/reports/index.xhtml?q=%EA%B2%BD%EC%A3%BC"})
    void comesBackToAPageOfTheApplication(String page) {
        assertEquals(page, ShellServlet.localAddress(page));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "evil.example", "index.xhtml",
            "/\\evil.example", "/index.xhtml\r\nSet-Cookie: x=1", "/index.xhtml\nLocation: x", "/a\u007f",
            "/shell/sign-out", "/shell/language"})
    void otherwiseGoesHome(String elsewhere) {
        assertEquals(ShellServlet.HOME, ShellServlet.localAddress(elsewhere));
    }

    @Test
    void anAddressLongerThanAnyPageGoesHome() {
        assertEquals(ShellServlet.HOME, ShellServlet.localAddress("/index.xhtml?q=" + "a".repeat(3000)));
    }
}
