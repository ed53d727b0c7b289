package org.dpsupport.monitoring.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

/**
 * How much of a document we are willing to read: file size, pages, time, memory, the bytes its
 * compressed streams may inflate to (a decompression bomb is a small file that inflates to hundreds
 * of megabytes) and the number of objects it may hold. Uploads come from the public, so every limit
 * is there to keep one bad file from harming the service. The defaults are data, in {@code
 * reading-limits.properties}.
 */
public record ReadingLimits(
    long maxBytes,
    int maxPages,
    Duration maxTime,
    long maxMemoryBytes,
    long maxInflatedBytes,
    int maxObjects) {

  public ReadingLimits {
    if (maxBytes <= 0
        || maxPages <= 0
        || maxMemoryBytes <= 0
        || maxInflatedBytes <= 0
        || maxObjects <= 0) {
      throw new IllegalArgumentException("Reading limits are positive");
    }
    if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException("A reading time limit is positive");
    }
  }

  /** The limits in {@code reading-limits.properties} on the classpath. */
  public static ReadingLimits defaults() {
    Properties properties = new Properties();
    try (InputStream in = ReadingLimits.class.getResourceAsStream("/reading-limits.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReadingLimits(
        Long.parseLong(properties.getProperty("max-bytes")),
        Integer.parseInt(properties.getProperty("max-pages")),
        Duration.parse(properties.getProperty("max-time")),
        Long.parseLong(properties.getProperty("max-memory-bytes")),
        Long.parseLong(properties.getProperty("max-inflated-bytes")),
        Integer.parseInt(properties.getProperty("max-objects")));
  }

  public ReadingLimits withMaxBytes(long bytes) {
    return new ReadingLimits(
        bytes, maxPages, maxTime, maxMemoryBytes, maxInflatedBytes, maxObjects);
  }

  public ReadingLimits withMaxPages(int pages) {
    return new ReadingLimits(
        maxBytes, pages, maxTime, maxMemoryBytes, maxInflatedBytes, maxObjects);
  }

  public ReadingLimits withMaxTime(Duration time) {
    return new ReadingLimits(
        maxBytes, maxPages, time, maxMemoryBytes, maxInflatedBytes, maxObjects);
  }

  public ReadingLimits withMaxMemoryBytes(long bytes) {
    return new ReadingLimits(maxBytes, maxPages, maxTime, bytes, maxInflatedBytes, maxObjects);
  }

  public ReadingLimits withMaxInflatedBytes(long bytes) {
    return new ReadingLimits(maxBytes, maxPages, maxTime, maxMemoryBytes, bytes, maxObjects);
  }

  public ReadingLimits withMaxObjects(int objects) {
    return new ReadingLimits(
        maxBytes, maxPages, maxTime, maxMemoryBytes, maxInflatedBytes, objects);
  }

  /** The size limit for people: "20 MB". */
  public String sizeForPeople() {
    return (maxBytes / (1024 * 1024)) + " MB";
  }
}
