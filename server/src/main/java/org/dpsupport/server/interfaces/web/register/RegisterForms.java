package org.dpsupport.server.interfaces.web.register;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.RegisterRuleException;
import org.dpsupport.register.domain.model.profile.PartOfDay;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.WeeklySlot;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * What the register's pages share: reading plain form fields (the availability grid is a table of
 * checkboxes named "slot" with values like MONDAY:MORNING), the grid's rows and columns, and dates
 * written the GOV.UK way.
 */
public final class RegisterForms {

  static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** One row of the availability grid. A class with getters: Jakarta EL reads only getters. */
  public static final class GridRow {
    private final DayOfWeek day;
    private final List<GridCell> cells;

    GridRow(DayOfWeek day, List<GridCell> cells) {
      this.day = day;
      this.cells = cells;
    }

    public String getDay() {
      return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public List<GridCell> getCells() {
      return cells;
    }
  }

  /** One checkbox of a list (skills, languages, …). */
  public static class Choice {
    private final String value;
    private final String label;
    private final boolean checked;

    Choice(String value, String label, boolean checked) {
      this.value = value;
      this.label = label;
      this.checked = checked;
    }

    public String getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }

    public boolean isChecked() {
      return checked;
    }
  }

  /** One checkbox of the weekly availability grid: a choice with an id made from its slot. */
  public static final class GridCell extends Choice {
    GridCell(String value, String label, boolean checked) {
      super(value, label, checked);
    }

    public String getId() {
      return "slot-" + getValue().replace(':', '-').toLowerCase(Locale.UK);
    }
  }

  private RegisterForms() {}

  public static List<String> parts() {
    return Arrays.stream(PartOfDay.values()).map(PartOfDay::label).toList();
  }

  public static List<GridRow> grid(WeeklySlots checked) {
    List<GridRow> rows = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<GridCell> cells = new ArrayList<>();
      for (PartOfDay part : PartOfDay.values()) {
        WeeklySlot slot = WeeklySlot.of(day, part);
        cells.add(new GridCell(day + ":" + part, slot.toString(), checked.contains(slot)));
      }
      rows.add(new GridRow(day, cells));
    }
    return rows;
  }

  public static List<Choice> skills(java.util.Set<Skill> checked) {
    return Arrays.stream(Skill.values())
        .map(s -> new Choice(s.name(), s.label(), checked.contains(s)))
        .toList();
  }

  static String param(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null ? "" : value.strip();
  }

  static List<String> params(String name) {
    String[] values =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get(name);
    return values == null ? List.of() : List.of(values);
  }

  /** "RM8, RM9 RM10" as a list. */
  static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("[\\s,]+"));
  }

  static LocalDate date(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidDetailException(
          "Please write " + what + " as year-month-day, for example 2026-03-01.");
    }
  }

  static String format(LocalDate date) {
    return date == null ? "" : GOVUK_DATE.format(date);
  }

  /**
   * Runs a page action. When it works, {@code afterSuccess} runs (the page reloads what changed); a
   * broken register rule gives the person its message through {@code showProblem}; a record that is
   * not the viewer's shows the 403 page; anything else is a fault and propagates.
   */
  static String act(
      Runnable action, Runnable afterSuccess, java.util.function.Consumer<String> showProblem) {
    try {
      action.run();
      afterSuccess.run();
    } catch (RecordAccessDeniedException e) {
      refuse(e);
    } catch (RuntimeException e) {
      String problem = problem(e);
      if (problem == null) {
        throw e;
      }
      showProblem.accept(problem);
    }
    return null;
  }

  /** A refusal shown as the 403 page, as for any record that is not the viewer's. */
  static void refuse(RecordAccessDeniedException e) {
    // Hold on to the context: the error page is a Faces request of its own, and ends it.
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      PageRefusal.send(faces, 403, e.getMessage());
    } catch (IOException io) {
      throw new java.io.UncheckedIOException(io);
    }
  }

  /** The message of an error a person can fix, or null for an error that is a bug. */
  static String problem(RuntimeException e) {
    if (e instanceof RegisterRuleException) {
      return e.getMessage();
    }
    if (e instanceof jakarta.ws.rs.NotFoundException) {
      return e.getMessage();
    }
    return null;
  }
}
