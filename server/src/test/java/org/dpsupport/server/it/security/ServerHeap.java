package org.dpsupport.server.it.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's heap, read with the JDK's jcmd after a full collection: the server's process id
 * is in Liberty's pid file next to the server's log directory.
 */
final class ServerHeap {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private ServerHeap() {}

  static long usedAfterGc() throws IOException, InterruptedException {
    String pid = pid();
    run("jcmd", pid, "GC.run");
    String info = run("jcmd", pid, "GC.heap_info");
    long used = 0;
    Matcher m = USED.matcher(info);
    while (m.find()) {
      used += Long.parseLong(m.group(1)) * 1024; // each generation's line, summed
    }
    if (used == 0) {
      throw new AssertionError("jcmd GC.heap_info said: " + info);
    }
    return used;
  }

  private static String pid() throws IOException {
    Path log = Path.of(System.getProperty("dps.it.logFile"));
    Path server = log.getParent().getParent();
    Path pidFile = server.getParent().resolve(".pid").resolve(server.getFileName() + ".pid");
    return Files.readString(pidFile).trim();
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
