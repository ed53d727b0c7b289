package org.dpsupport.monitoring.infrastructure.pdf;

/**
 * One printed character (or ligature) where it sits: {@code x} and {@code right} from the left
 * edge, {@code y} the baseline measured down from the top, in the page's reading direction, and the
 * font size in points.
 */
record Glyph(String text, float x, float right, float y, float size) {}
