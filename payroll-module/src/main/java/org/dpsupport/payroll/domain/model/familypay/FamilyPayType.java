package org.dpsupport.payroll.domain.model.familypay;

import java.util.Locale;

/**
 * The six statutory family payments, with what HMRC's employer guides fix for each: how many weeks
 * are paid at most, how many of them at 90% of average weekly earnings (the rest at the lesser of
 * the standard rate and 90%), how many days the PA may work without losing a week's pay (keeping in
 * touch days for maternity and adoption, SPLIT days for shared parental pay), the evidence the
 * employer must hold, and the form that explains a refusal.
 */
public enum FamilyPayType {
  SMP(
      "Statutory Maternity Pay",
      "maternity pay",
      "SMP",
      39,
      6,
      10,
      "keeping in touch",
      "the maternity certificate (MATB1)",
      "form SMP1"),
  SPP(
      "Statutory Paternity Pay",
      "paternity pay",
      "SPP",
      2,
      0,
      0,
      null,
      "the PA's declaration for paternity pay (form SC3 or the employer's own)",
      "form SPP1"),
  SAP(
      "Statutory Adoption Pay",
      "adoption pay",
      "SAP",
      39,
      6,
      10,
      "keeping in touch",
      "the adoption agency's matching certificate",
      "form SAP1"),
  SHPP(
      "Statutory Shared Parental Pay",
      "shared parental pay",
      "ShPP",
      37,
      0,
      20,
      "shared parental leave in touch (SPLIT)",
      "the PA's notice and declarations for shared parental pay",
      "a letter saying why"),
  SPBP(
      "Statutory Parental Bereavement Pay",
      "parental bereavement pay",
      "SPBP",
      2,
      0,
      0,
      null,
      "the PA's declaration of the child's death",
      "form SPBP1"),
  SNCP(
      "Statutory Neonatal Care Pay",
      "neonatal care pay",
      "SNCP",
      12,
      0,
      0,
      null,
      "the PA's declaration that the baby had neonatal care",
      "a letter saying why");

  private final String title;
  private final String shortName;
  private final String rtiName;
  private final int maximumWeeks;
  private final int earningsRelatedWeeks;
  private final int workDaysAllowed;
  private final String workDaysName;
  private final String evidence;
  private final String refusalForm;

  FamilyPayType(
      String title,
      String shortName,
      String rtiName,
      int maximumWeeks,
      int earningsRelatedWeeks,
      int workDaysAllowed,
      String workDaysName,
      String evidence,
      String refusalForm) {
    this.title = title;
    this.shortName = shortName;
    this.rtiName = rtiName;
    this.maximumWeeks = maximumWeeks;
    this.earningsRelatedWeeks = earningsRelatedWeeks;
    this.workDaysAllowed = workDaysAllowed;
    this.workDaysName = workDaysName;
    this.evidence = evidence;
    this.refusalForm = refusalForm;
  }

  /** "Statutory Maternity Pay": the payslip line. */
  public String title() {
    return title;
  }

  /** "maternity pay": inside a sentence. */
  public String shortName() {
    return shortName;
  }

  /** The name HMRC's RTI schemas use: SMPYTD on the FPS, SMPRecovered on the EPS. */
  public String rtiName() {
    return rtiName;
  }

  /** The payslip line code: "smp", "spp", "sap", "shpp", "spbp", "sncp". */
  public String lineCode() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Weeks paid at most (shared parental pay: 39 less the weeks of maternity or adoption pay). */
  public int maximumWeeks() {
    return maximumWeeks;
  }

  /** Weeks at the earnings-related rate (90% of average weekly earnings) before the lesser rate. */
  public int earningsRelatedWeeks() {
    return earningsRelatedWeeks;
  }

  /** Days the PA may work during the pay without losing the week it falls in. */
  public int workDaysAllowed() {
    return workDaysAllowed;
  }

  /** What such days are called ("keeping in touch"); null where none are allowed. */
  public String workDaysName() {
    return workDaysName;
  }

  public String evidence() {
    return evidence;
  }

  public String refusalForm() {
    return refusalForm;
  }

  /** Whether the qualifying week can come from the expected week of childbirth. */
  public boolean birthRelated() {
    return this != SPBP;
  }

  /** Reads "SMP", "smp" or "ShPP"; refuses anything else in plain words. */
  public static FamilyPayType parse(String text) {
    if (text != null) {
      for (FamilyPayType t : values()) {
        if (t.name().equalsIgnoreCase(text.trim()) || t.rtiName.equalsIgnoreCase(text.trim())) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException(
        "The kind of family pay must be one of SMP (maternity), SPP (paternity), SAP (adoption),"
            + " ShPP (shared parental), SPBP (parental bereavement) or SNCP (neonatal care).");
  }
}
