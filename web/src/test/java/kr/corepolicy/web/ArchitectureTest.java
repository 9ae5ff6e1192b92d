package kr.corepolicy.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the README ("How it is built"), checked on the compiled classes of all three modules:
 * this test lives in web because web's test class path is the only one that holds domain, service and web
 * together. Test classes are left out: the rules are about what ships.
 *
 * <p>What ArchUnit cannot see (a page path written as a string constant) is checked by
 * {@code ServiceKnowsNoPagesTest} in the service module, on the sources.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheApplication() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.corepolicy");
    }

    @Test
    void theDomainKnowsNeitherServicesNorWeb() {
        noClasses().that().resideInAPackage("kr.corepolicy.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("kr.corepolicy.service..", "kr.corepolicy.web..")
                .because("modules depend one way: web -> service -> domain")
                .check(classes);
    }

    @Test
    void servicesKnowNoWeb() {
        noClasses().that().resideInAPackage("kr.corepolicy.service..")
                .should().dependOnClassesThat().resideInAPackage("kr.corepolicy.web..")
                .because("modules depend one way: web -> service -> domain")
                .check(classes);
    }

    @Test
    void theWebLayerDoesNotTouchPersistence() {
        noClasses().that().resideInAPackage("kr.corepolicy.web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("entities are loaded and stored by the services; web gets records and business exceptions")
                .check(classes);
    }

    @Test
    void pagesAndResourcesGetRecordsNotEntities() {
        noClasses().that().resideInAPackage("kr.corepolicy.web..")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .because("services hand the web layer records (UnitRef, PersonRef, the views), never entities"
                        + " that could load more rows when a page reads them or be changed outside a transaction")
                .check(classes);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("kr.corepolicy.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void servicePackagesHaveNoCycles() {
        slices().matching("kr.corepolicy.service.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void webPackagesHaveNoCycles() {
        slices().matching("kr.corepolicy.web.(*)..").should().beFreeOfCycles().check(classes);
    }
}
