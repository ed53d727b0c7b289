package org.dpsupport.monitoring.interfaces.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dpsupport.monitoring.application.ReceiptReader;
import org.dpsupport.monitoring.domain.model.receipt.Finding;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptLine;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dps receipt FILE.pdf}: prints what was found as JSON. */
@Command(
    name = "receipt",
    mixinStandardHelpOptions = true,
    version = "dps monitoring 0.1.0",
    description =
        "Prints a receipt or invoice PDF's supplier, date, total, VAT (each with a confidence)"
            + " and item lines where printed as JSON; exit 3 when an officer must read it (the"
            + " reason on stderr), 65 when it is not a readable document (nothing on stdout).")
final class ReceiptCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the receipt or invoice PDF")
  Path file;

  @Override
  public Integer call() {
    byte[] pdf;
    try {
      pdf = Files.readAllBytes(file);
    } catch (IOException e) {
      System.err.println(MonitoringCli.cannotOpen(file, e));
      return MonitoringCli.NO_INPUT;
    }
    ReceiptReading reading = new ReceiptReader().read(pdf);
    if (reading instanceof ReceiptReading.ForOfficer officer
        && officer.reason().reason() != RefusalReason.RECEIPT_UNCLEAR) {
      // not a readable document at all: refused in plain words, nothing on stdout
      System.err.println(officer.reason().message() + " [" + officer.reason().reason() + "]");
      return MonitoringCli.REFUSED;
    }
    System.out.print(StatementOutput.Json.write(json(reading)));
    System.out.flush();
    if (reading instanceof ReceiptReading.ForOfficer officer) {
      System.err.println(officer.reason().message() + " [" + officer.reason().reason() + "]");
      return MonitoringCli.NOT_VERIFIED;
    }
    return 0;
  }

  static Map<String, Object> json(ReceiptReading reading) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (reading instanceof ReceiptReading.ForOfficer officer) {
      root.put("status", "FOR_OFFICER");
      root.put("reason", officer.reason().reason().name());
      root.put("message", officer.reason().message());
      return root;
    }
    Receipt receipt = ((ReceiptReading.Read) reading).receipt();
    root.put("status", "READ");
    root.put("overallConfidence", receipt.overallConfidence().name());
    root.put("supplier", finding(receipt.supplier(), receipt.supplier().value()));
    root.put("date", finding(receipt.date(), receipt.date().value().toString()));
    root.put("total", finding(receipt.total(), receipt.total().value().amount()));
    root.put("vat", receipt.vat().map(v -> finding(v, v.value().amount())).orElse(null));
    root.put("vatShown", receipt.vat().isPresent());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ReceiptLine line : receipt.lines()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("description", line.description());
      item.put("amount", line.amount().amount());
      lines.add(item);
    }
    root.put("lines", lines);
    root.put("linesAddUp", receipt.linesAddUp().orElse(null));
    return root;
  }

  private static Map<String, Object> finding(Finding<?> finding, Object value) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("value", value);
    node.put("confidence", finding.confidence().name());
    node.put("evidence", finding.evidence());
    return node;
  }
}
