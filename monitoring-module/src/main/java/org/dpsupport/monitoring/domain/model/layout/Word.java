package org.dpsupport.monitoring.domain.model.layout;

/**
 * A run of printed characters without a space, where it sits on the page: {@code x} and {@code
 * right} from the left edge, {@code y} the baseline measured down from the top, in points.
 */
public record Word(String text, float x, float right, float y, float fontSize) {

  public Word {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a word has text");
    }
    if (right < x) {
      throw new IllegalArgumentException("a word ends after it starts");
    }
  }

  public float width() {
    return right - x;
  }
}
