package org.dpsupport.monitoring.domain.model.layout;

import java.util.List;

/** The text of one page as lines from top to bottom, and whether the page carries pictures. */
public record PageText(int number, List<TextLine> lines, boolean hasImages) {

  public PageText {
    lines = List.copyOf(lines);
  }

  public boolean hasText() {
    return !lines.isEmpty();
  }
}
