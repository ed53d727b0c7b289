package org.dpsupport.payroll.infrastructure.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dpsupport.payroll.domain.model.bank.BacsCalendar;

/**
 * Reads the England and Wales bank holiday list ({@code bacs/bank-holidays-england-and-wales.txt}):
 * a {@code covers FIRST LAST} line naming the years it is complete for, then one ISO date a line
 * (anything after the date is a description), {@code #} for comments.
 */
public final class BankHolidayResources {

  public static final String ENGLAND_AND_WALES = "bacs/bank-holidays-england-and-wales.txt";

  private static volatile BacsCalendar standard;

  private BankHolidayResources() {}

  /** The shipped list as a Bacs calendar, loaded once. */
  public static BacsCalendar standardCalendar() {
    BacsCalendar c = standard;
    if (c == null) {
      synchronized (BankHolidayResources.class) {
        if (standard == null) {
          InputStream in =
              BankHolidayResources.class.getClassLoader().getResourceAsStream(ENGLAND_AND_WALES);
          if (in == null) {
            throw new IllegalStateException(
                "The payroll data file " + ENGLAND_AND_WALES + " is missing from the classpath.");
          }
          try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            standard = read(r, ENGLAND_AND_WALES);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        c = standard;
      }
    }
    return c;
  }

  public static BacsCalendar read(Reader reader, String source) throws IOException {
    List<String> lines = new BufferedReader(reader).lines().toList();
    Set<LocalDate> days = new HashSet<>();
    Integer first = null;
    Integer last = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+", 2);
      try {
        if (f[0].equals("covers")) {
          String[] years = f[1].trim().split("\\s+");
          first = Integer.valueOf(years[0]);
          last = Integer.valueOf(years[1]);
        } else {
          days.add(LocalDate.parse(f[0]));
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "Line " + (i + 1) + " of " + source + " is not a date or a 'covers' line: " + line, e);
      }
    }
    if (first == null) {
      throw new IllegalStateException(source + " has no 'covers FIRST LAST' line.");
    }
    return new BacsCalendar(days, first, last);
  }
}
