package org.dpsupport.payroll.domain.model.pay;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a figure was worked out, in words a payslip or a payroll clerk can show ("tax: cumulative,
 * code 1257L, monthly, month 3"). The words are written when first asked for, so a pay run that
 * never prints them does not pay for them.
 */
public final class Basis {

  private Supplier<String> render;
  private volatile String text;

  private Basis(String text, Supplier<String> render) {
    this.text = text;
    this.render = render;
  }

  public static Basis of(String text) {
    return new Basis(Objects.requireNonNull(text, "text"), null);
  }

  public static Basis lazily(Supplier<String> render) {
    return new Basis(null, Objects.requireNonNull(render, "render"));
  }

  public String text() {
    String t = text;
    if (t == null) {
      synchronized (this) {
        if (text == null) {
          text = render.get();
          render = null;
        }
        t = text;
      }
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Basis other && text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
