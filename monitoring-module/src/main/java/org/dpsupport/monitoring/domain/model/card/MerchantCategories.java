package org.dpsupport.monitoring.domain.model.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Which support-plan category a merchant category code belongs to, and which codes are cash or
 * blocked. Data, not code: {@code merchant-categories.properties} holds one line per category
 * listing codes and ranges; a council may load its own.
 */
public final class MerchantCategories {

  /** The line naming cash withdrawals. */
  public static final String CASH = "CASH";

  /** The line naming the kinds of business a card must not be used at. */
  public static final String BLOCKED = "BLOCKED";

  // one slot per possible code: a lookup per transaction, a million times in a large file
  private final String[] categoryByCode = new String[10_000];

  private MerchantCategories() {}

  /** The mapping shipped with the service. */
  public static MerchantCategories standard() {
    try (InputStream in =
        MerchantCategories.class.getResourceAsStream("/merchant-categories.properties")) {
      Properties p = new Properties();
      p.load(in);
      return from(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From lines {@code CATEGORY=code,code,from-to}; a code listed twice is a mistake in the file.
   */
  public static MerchantCategories from(Properties lines) {
    MerchantCategories m = new MerchantCategories();
    for (String category : lines.stringPropertyNames()) {
      String name = category.strip().toUpperCase(Locale.UK);
      for (String item : lines.getProperty(category).split(",")) {
        String text = item.strip();
        if (text.isEmpty()) {
          continue;
        }
        String[] range = text.split("-");
        int from = MerchantCategoryCode.parse(range[0]).code();
        int to = range.length > 1 ? MerchantCategoryCode.parse(range[1]).code() : from;
        for (int code = from; code <= to; code++) {
          if (m.categoryByCode[code] != null && !m.categoryByCode[code].equals(name)) {
            throw new IllegalArgumentException(
                "Merchant category "
                    + new MerchantCategoryCode(code)
                    + " is in both "
                    + m.categoryByCode[code]
                    + " and "
                    + name);
          }
          m.categoryByCode[code] = name;
        }
      }
    }
    return m;
  }

  /** The plan category, {@link #CASH} or {@link #BLOCKED}; empty for a code no line lists. */
  public Optional<String> categoryOf(MerchantCategoryCode code) {
    return Optional.ofNullable(categoryByCode[code.code()]);
  }

  public boolean isCash(MerchantCategoryCode code) {
    return CASH.equals(categoryByCode[code.code()]);
  }

  public boolean isBlocked(MerchantCategoryCode code) {
    return BLOCKED.equals(categoryByCode[code.code()]);
  }
}
