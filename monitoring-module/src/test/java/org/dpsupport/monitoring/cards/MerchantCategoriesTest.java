package org.dpsupport.monitoring.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;
import org.dpsupport.monitoring.domain.model.card.MerchantCategories;
import org.dpsupport.monitoring.domain.model.card.MerchantCategoryCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MerchantCategoriesTest {

  private final MerchantCategories standard = MerchantCategories.standard();

  private static MerchantCategoryCode code(int c) {
    return new MerchantCategoryCode(c);
  }

  @Test
  @DisplayName("The shipped file: cash machines are cash, betting is blocked, a hotel is respite")
  void standardFile() {
    assertTrue(standard.isCash(code(6011)));
    assertTrue(standard.isCash(code(6010)));
    assertTrue(standard.isBlocked(code(7995)));
    assertTrue(standard.isBlocked(code(7801)), "inside the range 7800-7802");
    assertEquals(Optional.of("RESPITE"), standard.categoryOf(code(3650)), "hotel chains 3501-3999");
    assertEquals(Optional.of("PERSONAL_CARE"), standard.categoryOf(code(8050)));
    assertEquals(Optional.empty(), standard.categoryOf(code(5300)), "wholesale clubs: no category");
  }

  @Test
  @DisplayName("A council's own file replaces the mapping; a code in two categories is refused")
  void councilFile() {
    Properties own = new Properties();
    own.setProperty("GROCERIES", "5411");
    own.setProperty("CASH", "6011");
    MerchantCategories m = MerchantCategories.from(own);
    assertEquals(Optional.of("GROCERIES"), m.categoryOf(code(5411)));
    assertEquals(Optional.empty(), m.categoryOf(code(7995)), "nothing blocked unless listed");
    own.setProperty("EQUIPMENT", "5400-5420");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MerchantCategories.from(own));
    assertTrue(e.getMessage().startsWith("Merchant category 5411 is in both"), e.getMessage());
  }

  @Test
  @DisplayName("Codes are four digits as card files print them")
  void codes() {
    assertEquals("0742", MerchantCategoryCode.parse("0742").toString());
    assertThrows(IllegalArgumentException.class, () -> MerchantCategoryCode.parse("12345"));
    assertThrows(IllegalArgumentException.class, () -> MerchantCategoryCode.parse("59X1"));
  }
}
