package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void pagesBelongToTheSectionOfTheirNavigationLink() {
        assertEquals(Optional.of(Section.PORTFOLIO), Section.of("/tasks/card.xhtml"));
        assertEquals(Optional.of(Section.PORTFOLIO), Section.of("/strategies/view.xhtml"));
        assertEquals(Optional.of(Section.APPROVALS), Section.of("/approvals/document.xhtml"));
        assertEquals(Optional.of(Section.ABSENCES), Section.of("/approvals/absences.xhtml"));
        assertEquals(Optional.of(Section.PERIODS), Section.of("/reports/periods.xhtml"));
        assertEquals(Optional.of(Section.REPORTS), Section.of("/reports/edit.xhtml"));
        assertEquals(Optional.of(Section.HOME), Section.of("/index.xhtml"));
    }

    @Test
    void pagesOutsideTheNavigationHaveNoSection() {
        assertEquals(Optional.empty(), Section.of("/error/not-found.xhtml"));
        assertEquals(Optional.empty(), Section.of("/login.xhtml"));
        assertEquals(Optional.empty(), Section.of(null));
    }

    @Test
    void onlyTheSectionsOwnPageIsItsHome() {
        assertTrue(Section.APPROVALS.isHome("/approvals/index.xhtml"));
        assertFalse(Section.APPROVALS.isHome("/approvals/document.xhtml"));
        assertTrue(Section.PORTFOLIO.isHome("/tasks/index.xhtml"));
    }
}
