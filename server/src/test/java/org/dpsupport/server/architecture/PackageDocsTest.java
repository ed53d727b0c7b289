package org.dpsupport.server.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every package of the server and the modules has a {@code package-info.java} saying what lives
 * there and what may depend on it (issue 11), including packages that only hold sub-packages.
 */
class PackageDocsTest {

  private static final List<String> MODULES =
      List.of(
          "kernel",
          "payroll-module",
          "monitoring-module",
          "register-module",
          "server",
          "test-resources");

  @Test
  @DisplayName("Every package below org.dpsupport.<module> has a package-info.java")
  void everyPackageIsDocumented() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    int checked = 0;
    StringBuilder missing = new StringBuilder();
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertTrue(Files.isDirectory(sources), "no sources at " + sources);
      try (Stream<Path> dirs = Files.walk(sources)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          // org and org/dpsupport are shared by every module: their first level is the module's
          if (sources.relativize(dir).getNameCount() < 3) {
            continue;
          }
          checked++;
          if (!Files.exists(dir.resolve("package-info.java"))) {
            missing.append('\n').append(root.relativize(dir));
          }
        }
      }
    }
    assertTrue(checked > 50, "only " + checked + " packages found");
    assertEquals("", missing.toString(), "packages without a package-info.java:");
  }
}
