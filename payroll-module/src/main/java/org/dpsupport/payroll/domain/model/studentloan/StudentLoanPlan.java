package org.dpsupport.payroll.domain.model.studentloan;

import java.util.Locale;

/** Student loan repayment plans HMRC tells employers about on a start notice (SL1) or P45. */
public enum StudentLoanPlan {
  PLAN_1,
  PLAN_2,
  PLAN_4,
  PLAN_5,
  POSTGRADUATE;

  public static StudentLoanPlan parse(String text) {
    String key =
        text == null
            ? ""
            : text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace("-", "_");
    switch (key) {
      case "1", "PLAN1", "PLAN_1" -> {
        return PLAN_1;
      }
      case "2", "PLAN2", "PLAN_2" -> {
        return PLAN_2;
      }
      case "4", "PLAN4", "PLAN_4" -> {
        return PLAN_4;
      }
      case "5", "PLAN5", "PLAN_5" -> {
        return PLAN_5;
      }
      case "PG", "PGL", "POSTGRADUATE", "POSTGRADUATE_LOAN" -> {
        return POSTGRADUATE;
      }
      default ->
          throw new IllegalArgumentException(
              "'"
                  + text
                  + "' is not a student loan plan; use PLAN_1, PLAN_2, "
                  + "PLAN_4, PLAN_5 or POSTGRADUATE as on the PA's SL1 notice or P45.");
    }
  }

  public boolean isPostgraduate() {
    return this == POSTGRADUATE;
  }
}
