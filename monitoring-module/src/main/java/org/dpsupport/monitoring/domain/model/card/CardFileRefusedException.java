package org.dpsupport.monitoring.domain.model.card;

import java.util.OptionalLong;
import org.dpsupport.kernel.RuleException;

/**
 * A card file that is refused as a whole: nothing of it is kept. The message names the row (as a
 * spreadsheet numbers it, the heading row being row 1) and what is wrong with it.
 */
public class CardFileRefusedException extends RuleException {

  private static final long serialVersionUID = 1L;

  private final OptionalLong row;

  public CardFileRefusedException(String message) {
    super(Kind.BAD_INPUT, message);
    this.row = OptionalLong.empty();
  }

  public CardFileRefusedException(long row, String problem) {
    super(Kind.BAD_INPUT, "Row " + row + " of the card file: " + problem);
    this.row = OptionalLong.of(row);
  }

  /** The row at fault, where one row is. */
  public OptionalLong row() {
    return row;
  }
}
