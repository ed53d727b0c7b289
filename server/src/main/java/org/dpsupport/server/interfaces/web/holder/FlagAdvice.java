package org.dpsupport.server.interfaces.web.holder;

import java.util.Map;

/** What a budget holder can do about each kind of flag, in plain words. */
final class FlagAdvice {

  private FlagAdvice() {}

  private static final Map<String, String> ADVICE =
      Map.ofEntries(
          Map.entry(
              "STATEMENTS_DO_NOT_COVER_PERIOD",
              "Your officer needs bank statements for every day of the period. If you have the"
                  + " missing statements, tell your officer when they ask; your bank can send"
                  + " copies."),
          Map.entry(
              "BALANCES_DO_NOT_VERIFY",
              "The payments on a statement do not add up to the balances printed on it. Check"
                  + " you uploaded every page; your officer will compare it with the paper"
                  + " statement."),
          Map.entry(
              "SURPLUS_OVER_CONTINGENCY",
              "More money is left in the account than your plan allows to keep. Your officer may"
                  + " ask to recover some of it; you can explain what it is saved for."),
          Map.entry(
              "CASH_WITHDRAWAL",
              "Cash was taken out. Keep receipts for what the cash paid for; your officer may ask"
                  + " what it was spent on."),
          Map.entry(
              "UNKNOWN_PAYEE",
              "We do not recognise who this payment went to. Your officer may ask what it was"
                  + " for; a receipt or invoice answers the question."),
          Map.entry(
              "BLOCKED_MERCHANT",
              "The card was used at a kind of business it must not be used at, such as betting."
                  + " Your officer will ask you about it; tell them what happened."),
          Map.entry(
              "OUTSIDE_PLAN",
              "This spending does not seem to be part of your support plan. Your officer may ask"
                  + " how it meets your care needs."),
          Map.entry(
              "LATE_HMRC_OR_PENSION",
              "Tax, National Insurance or pension for your personal assistants was paid late or"
                  + " not at all. Pay it as soon as you can, or ask your payroll agency."),
          Map.entry(
              "MISSING_PAYROLL_PAYMENT",
              "A wage or payroll payment we expected is not on your statements. If it was paid"
                  + " from another account or on another date, tell your officer."),
          Map.entry(
              "MISSING_COUNCIL_PAYMENT",
              "We could not find the council's payment into your account. If it went to another"
                  + " account, tell your officer; if it did not arrive, your officer will check."),
          Map.entry(
              "DECLARED_SPENDING_MISMATCH",
              "What you told us you spent is different from what your statements show. Your"
                  + " officer may ask you to explain the difference."),
          Map.entry(
              "RECEIPT_MISSING",
              "A payment that needs a receipt or invoice has none. If you have it, your officer"
                  + " will ask for it."),
          Map.entry(
              "RECEIPT_NOT_ON_STATEMENTS",
              "A receipt or invoice you uploaded does not match a payment on your statements. It"
                  + " may have been paid another way; your officer may ask."),
          Map.entry(
              "DOCUMENT_NEEDS_OFFICER",
              "We could not read a file you uploaded, so an officer will read it. You do not need"
                  + " to do anything unless they ask."),
          Map.entry(
              "RETURN_OVERDUE",
              "The return was sent after its due date. Send the next one by its due date."));

  static String of(String kind) {
    return ADVICE.getOrDefault(
        kind, "Your officer will look at this and contact you if they need anything.");
  }
}
