package org.dpsupport.payroll.infrastructure.resources;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;

/**
 * Loads tax-year data files from the classpath. A folder holds {@code index.json} (a list of years)
 * and one {@code <year>.json} per year; adding 2027-28 means adding its file and its name.
 */
public final class TaxYearResources {

  public static final String DEFAULT_FOLDER = "tax-years";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static volatile TaxYearCatalogue standard;

  private TaxYearResources() {}

  /** The years shipped in this module's {@code tax-years} folder, loaded once. */
  public static TaxYearCatalogue standardCatalogue() {
    TaxYearCatalogue c = standard;
    if (c == null) {
      synchronized (TaxYearResources.class) {
        if (standard == null) {
          standard = load(TaxYearResources.class.getClassLoader(), DEFAULT_FOLDER);
        }
        c = standard;
      }
    }
    return c;
  }

  public static TaxYearCatalogue load(ClassLoader loader, String folder) {
    String[] years = read(loader, folder + "/index.json", String[].class);
    List<TaxYearRules> rules = new ArrayList<>();
    for (String year : years) {
      TaxYearRules r = read(loader, folder + "/" + year + ".json", TaxYearRules.class);
      if (!year.equals(r.taxYear())) {
        throw new IllegalStateException(
            folder + "/" + year + ".json says it is tax year " + r.taxYear());
      }
      rules.add(r);
    }
    return new TaxYearCatalogue(rules);
  }

  private static <T> T read(ClassLoader loader, String resource, Class<T> type) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The payroll data file " + resource + " is missing from the classpath.");
      }
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The payroll data file " + resource + " could not be read: " + e.getMessage(), e);
    }
  }
}
