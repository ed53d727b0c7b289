package org.dpsupport.monitoring.interfaces.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dps receipt FILE.pdf}: placeholder replaced below. */
@Command(name = "receipt")
final class ReceiptCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
