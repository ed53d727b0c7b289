package org.dpsupport.server.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layering the module layout promises, checked on the compiled classes of all four modules:
 * domain modules free of Jakarta EE and of each other, each module's layers pointing one way only,
 * and no package cycles. The application layer uses no JPA and no JDBC at all: its persistence is
 * in the stores of {@code infrastructure.persistence}.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dpsupport");
  }

  @Test
  @DisplayName("The domain modules use no Jakarta EE and know nothing of the server")
  void domainModulesArePlainJava() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.dpsupport.payroll..", "org.dpsupport.monitoring..", "org.dpsupport.register..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "javax.persistence..", "org.dpsupport.server..")
        .check(classes);
  }

  @Test
  @DisplayName("The shared kernel is plain Java: it imports nothing of ours and no Jakarta EE")
  void kernelStandsAlone() {
    classes()
        .that()
        .resideInAPackage("org.dpsupport.kernel..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.dpsupport.kernel..")
        .check(classes);
  }

  @Test
  @DisplayName("A domain module uses only itself and the shared kernel of ours")
  void domainModulesUseOnlyTheKernel() {
    for (String module : new String[] {"payroll", "monitoring", "register"}) {
      String own = "org.dpsupport." + module + "..";
      classes()
          .that()
          .resideInAPackage(own)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage("org.dpsupport..")
                  .or(resideInAnyPackage(own, "org.dpsupport.kernel..")))
          .check(classes);
    }
  }

  @Test
  @DisplayName("No domain module imports another")
  void domainModulesAreIndependent() {
    slices()
        .matching("org.dpsupport.(payroll|monitoring|register)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  @DisplayName("In every module, the domain depends on no outer layer")
  void domainPointsInwards() {
    noClasses()
        .that()
        .resideInAPackage("org.dpsupport.*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dpsupport.*.application..",
            "org.dpsupport.*.interfaces..",
            "org.dpsupport.*.infrastructure..")
        .check(classes);
  }

  @Test
  @DisplayName("Application services are not called back by their persistence or the domain")
  void applicationIsNotDependedOnFromBelow() {
    noClasses()
        .that()
        .resideInAnyPackage("org.dpsupport.server.infrastructure.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dpsupport.server.interfaces..")
        .check(classes);
  }

  @Test
  @DisplayName("Application services never reach into the pages or the REST resources")
  void applicationDoesNotUseInterfaces() {
    noClasses()
        .that()
        .resideInAPackage("org.dpsupport.server.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dpsupport.server.interfaces..")
        .check(classes);
  }

  @Test
  @DisplayName("Application services use no JPA or JDBC: stores in infrastructure.persistence do")
  void applicationUsesNoPersistenceApi() {
    noClasses()
        .that()
        .resideInAPackage("org.dpsupport.server.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
        .check(classes);
  }

  @Test
  @DisplayName("The server's top-level packages form no cycle")
  void serverPackagesFormNoCycle() {
    slices().matching("org.dpsupport.server.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("Security's access model stands below every layer: it uses no other server package")
  void securityIsBelowTheLayers() {
    noClasses()
        .that()
        .resideInAPackage("org.dpsupport.server.security..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.dpsupport.server.application..",
            "org.dpsupport.server.infrastructure..",
            "org.dpsupport.server.interfaces..",
            "org.dpsupport.server.demo..")
        .check(classes);
  }

  @Test
  @DisplayName("Infrastructure knows nothing of the inbound triggers (interfaces) or the demo data")
  void infrastructureIsNotAboveInterfaces() {
    noClasses()
        .that()
        .resideInAPackage("org.dpsupport.server.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dpsupport.server.interfaces..", "org.dpsupport.server.demo..")
        .check(classes);
  }

  @Test
  @DisplayName("No package of the server forms a cycle with another, sub-packages included")
  void serverSubPackagesFormNoCycle() {
    slices().matching("org.dpsupport.server.(**)").should().beFreeOfCycles().check(classes);
  }
}
