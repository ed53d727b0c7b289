package org.dpsupport.server.interfaces.rest.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dpsupport.server.application.monitoring.MonitoringException;

/**
 * Reads an uploaded body with a counting limit: it is spooled to a temporary file while it arrives,
 * and reading stops at the first byte over the limit with a 413, so a refused upload never sits in
 * memory (twenty 50 MB uploads at once cost the heap nothing) and nothing is kept.
 */
public final class LimitedBody {

  private LimitedBody() {}

  public static byte[] read(InputStream body, long limit, String limitForPeople) {
    if (body == null) {
      return new byte[0];
    }
    Path spool = null;
    try {
      spool = Files.createTempFile("dps-upload-", ".part");
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(spool)) {
        for (int n; (n = body.read(buffer)) > 0; ) {
          total += n;
          if (total > limit) {
            throw MonitoringException.tooLarge(limitForPeople);
          }
          out.write(buffer, 0, n);
        }
      }
      return Files.readAllBytes(spool);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not receive the upload", e);
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException e) {
          // the temporary directory is cleaned when the server restarts
        }
      }
    }
  }
}
