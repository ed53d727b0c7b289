package org.dpsupport.monitoring.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.layout.Cell;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.statement.AccountNumber;
import org.dpsupport.monitoring.domain.model.statement.SortCode;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;

/**
 * Finds the account details a statement prints around its transaction table: the holder's name,
 * sort code, account number, statement period and the opening and closing balances, by the labels
 * UK banks use.
 */
public final class AccountDetailsFinder {

  private static final Pattern PERIOD_WORDS = Pattern.compile(".*(period|statement|from|dates).*");
  private static final Pattern SORT_CODE =
      Pattern.compile("(?i)sort[\\s-]*code[:\\s]*(\\d{2})[-\\s]?(\\d{2})[-\\s]?(\\d{2})\\b");
  private static final Pattern ACCOUNT_NUMBER =
      Pattern.compile("(?i)account\\s*(?:number|no\\.?|num)[:\\s]*(\\d{8})\\b");
  private static final Pattern HOLDER_LABEL =
      Pattern.compile("(?i)^(?:account\\s*(?:name|holder)s?|name)[:\\s]+(\\S.*)$");
  private static final Pattern TITLE =
      Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Sir|Lady|Rev|Revd)\\.?\\s+[A-Za-z].*");

  /** What was found; any part may be missing. */
  public record Found(
      Optional<String> holder,
      Optional<SortCode> sortCode,
      Optional<AccountNumber> accountNumber,
      Optional<StatementPeriod> period,
      Optional<Money> opening,
      Optional<Money> closing,
      Optional<LocalDate> anyFullDate) {}

  /** Reads the lines printed outside the transaction table. */
  public Found find(List<TextLine> lines) {
    Optional<String> holder = Optional.empty();
    Optional<String> titled = Optional.empty();
    Optional<SortCode> sortCode = Optional.empty();
    Optional<AccountNumber> accountNumber = Optional.empty();
    Optional<StatementPeriod> period = Optional.empty();
    Optional<StatementPeriod> unlabelledPeriod = Optional.empty();
    Optional<LocalDate> anyDate = Optional.empty();
    for (TextLine line : lines) {
      String text = line.text();
      for (Cell cell : line.cells()) {
        Matcher label = HOLDER_LABEL.matcher(cell.text());
        if (holder.isEmpty() && label.matches()) {
          holder = Optional.of(label.group(1));
        }
        if (titled.isEmpty() && TITLE.matcher(cell.text()).matches()) {
          titled = Optional.of(cell.text());
        }
      }
      Matcher m = SORT_CODE.matcher(text);
      if (sortCode.isEmpty() && m.find()) {
        sortCode = Optional.of(SortCode.of(m.group(1) + m.group(2) + m.group(3)));
      }
      m = ACCOUNT_NUMBER.matcher(text);
      if (accountNumber.isEmpty() && m.find()) {
        accountNumber = Optional.of(new AccountNumber(m.group(1)));
      }
      List<LocalDate> dates = fullDates(text);
      if (anyDate.isEmpty() && !dates.isEmpty()) {
        anyDate = Optional.of(dates.get(0));
      }
      if (dates.size() >= 2 && dates.get(1).isAfter(dates.get(0))) {
        StatementPeriod found = StatementPeriod.printed(dates.get(0), dates.get(1));
        if (period.isEmpty() && PERIOD_WORDS.matcher(text.toLowerCase()).matches()) {
          period = Optional.of(found);
        } else if (unlabelledPeriod.isEmpty()) {
          unlabelledPeriod = Optional.of(found);
        }
      }
    }
    Optional<StatementPeriod> chosen = period.isPresent() ? period : unlabelledPeriod;
    SummaryBalances balances = SummaryBalances.find(lines, chosen);
    return new Found(
        holder.isPresent() ? holder : titled,
        sortCode,
        accountNumber,
        chosen,
        balances.opening(),
        balances.closing(),
        anyDate);
  }

  private static List<LocalDate> fullDates(String text) {
    List<LocalDate> dates = new ArrayList<>();
    Matcher m = UkDates.DATE_IN_TEXT.matcher(text);
    while (m.find()) {
      UkDates.readFull(m.group()).ifPresent(dates::add);
    }
    return dates;
  }
}
