package org.dpsupport.monitoring.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dpsupport.monitoring.domain.model.reconciliation.SupplierName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A receipt's supplier compared with a statement's payee")
class SupplierNameTest {

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sunrise Home Care Ltd    | FASTER PAYMENT TO SUNRISE HOMECARE LTD       | true",
        "Brightside Home Care Ltd | FASTER PAYMENT TO BRIGHTSIDE HOME CA BHC-4471 | true",
        "Greenway Garden Centre   | CARD PAYMENT TO GREENWAY GDN CTR 0418        | true",
        "Worcester Mobility Centre| CARD PAYMENT TO WORCS MOBILITY               | true",
        "Plymouth Cabs            | CARD PAYMENT TO PAYPAL *PLYMOUTHCABS         | true",
        "Boots                    | CARD PAYMENT TO BOOTS 1182                   | true",
        "Brightside Home Care Ltd | FASTER PAYMENT TO SUNRISE HOMECARE LTD       | false",
        "Plymouth Cabs            | CARD PAYMENT TO ODEON CINEMAS 4471           | false",
        "Greenway Garden Centre   | CARD PAYMENT TO TESCO STORES 2231            | false"
      })
  void alike(String supplier, String description, boolean alike) {
    assertEquals(alike, new SupplierName(supplier.strip()).similarTo(description.strip()));
  }
}
