package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployers;
import org.dpsupport.server.security.Viewer;

/**
 * Addresses the year-end forms and the invoice print: the employer's (GOV.UK's address pattern:
 * building and street, a second line, town or city, county, postcode) and the agency's own, with
 * its VAT registration and the bank account its fee is paid into. Set by agency staff, audited.
 */
@ApplicationScoped
public class AddressService {

  /** An address as the GOV.UK pattern collects it; line 2 and county are optional. */
  public record Address(String line1, String line2, String town, String county, String postcode) {}

  /** The agency as its invoices show it. */
  public record Agency(
      long id,
      String name,
      Address address,
      boolean vatRegistered,
      String vatNumber,
      String sortCode,
      String accountNumber) {}

  /** What agency staff may change about their agency, with why. */
  public record AgencyUpdate(
      Address address,
      Boolean vatRegistered,
      String vatNumber,
      String sortCode,
      String accountNumber,
      String reason) {}

  private static final Pattern POSTCODE =
      Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}");

  /** Whether the text is a UK postcode as people type it (any case, with or without the space). */
  public static boolean isPostcode(String typed) {
    return typed != null && POSTCODE.matcher(typed.strip().toUpperCase(Locale.ROOT)).matches();
  }

  private static final Pattern VAT = Pattern.compile("(GB)?[0-9]{9}([0-9]{3})?");

  @Inject PayrollEmployers books;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  /**
   * A checked address: the street, town and postcode are needed, the postcode in UK form; null if
   * nothing at all was given.
   */
  static Address checked(Address a, String whose) {
    if (a == null
        || (blank(a.line1())
            && blank(a.line2())
            && blank(a.town())
            && blank(a.county())
            && blank(a.postcode()))) {
      return null;
    }
    if (blank(a.line1())) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Enter the first line of " + whose + " address, like 12 Elm Road.");
    }
    if (blank(a.town())) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT, "Enter the town or city of " + whose + " address.");
    }
    String postcode = blank(a.postcode()) ? "" : a.postcode().strip().toUpperCase(Locale.ROOT);
    if (!POSTCODE.matcher(postcode).matches()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Enter a real postcode for " + whose + " address, like RM10 8AB.");
    }
    if (postcode.indexOf(' ') < 0) {
      postcode =
          postcode.substring(0, postcode.length() - 3)
              + " "
              + postcode.substring(postcode.length() - 3);
    }
    return new Address(
        a.line1().strip(), strip(a.line2()), a.town().strip(), strip(a.county()), postcode);
  }

  static void store(PayrollEmployerEntity e, Address a) {
    e.setAddressLine1(a == null ? null : a.line1());
    e.setAddressLine2(a == null ? null : a.line2());
    e.setAddressTown(a == null ? null : a.town());
    e.setAddressCounty(a == null ? null : a.county());
    e.setAddressPostcode(a == null ? null : a.postcode());
  }

  static Address of(PayrollEmployerEntity e) {
    return e.getAddressLine1() == null
        ? null
        : new Address(
            e.getAddressLine1(),
            e.getAddressLine2(),
            e.getAddressTown(),
            e.getAddressCounty(),
            e.getAddressPostcode());
  }

  /** Agency staff set or correct an employer's address (printed on the P60, P45 and invoice). */
  @Transactional
  public Address setEmployerAddress(Viewer viewer, long accountId, Address address) {
    access.agencyOf(viewer);
    access.employer(viewer, accountId);
    PayrollEmployerEntity e =
        books
            .employer(accountId)
            .orElseThrow(() -> PayrollProblem.notFound("This account is not on the payroll yet."));
    Address a = checked(address, "the employer's");
    if (a == null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Enter the employer's address: the first line, town and postcode.");
    }
    Address before = of(e);
    store(e, a);
    audit.record(
        viewer.username(),
        "PAYROLL_EMPLOYER_ADDRESS_SET",
        "PayrollEmployer",
        accountId,
        (before == null ? "was not recorded" : "was " + oneLine(before)) + "; now " + oneLine(a));
    return a;
  }

  /** The signed-in staff member's agency. */
  public Agency agency(Viewer viewer) {
    return view(agencyEntity(viewer));
  }

  /** Agency staff set their agency's address, VAT registration and the account its fee goes to. */
  @Transactional
  public Agency updateAgency(Viewer viewer, AgencyUpdate u) {
    PayrollAgencyEntity a = agencyEntity(viewer);
    if (u == null || u.reason() == null || u.reason().isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say why the agency's details change (for example: 'moved office on 1 December').");
    }
    Agency before = view(a);
    if (u.address() != null) {
      Address addr = checked(u.address(), "the agency's");
      if (addr == null) {
        throw new PayrollProblem(
            PayrollProblem.Kind.BAD_INPUT,
            "Enter the agency's address: the first line, town and postcode.");
      }
      a.setAddressLine1(addr.line1());
      a.setAddressLine2(addr.line2());
      a.setAddressTown(addr.town());
      a.setAddressPostcode(addr.postcode());
    }
    if (u.vatRegistered() != null) {
      a.setVatRegistered(u.vatRegistered());
    }
    if (u.vatNumber() != null) {
      String vat = u.vatNumber().replace(" ", "").toUpperCase(Locale.ROOT);
      if (!vat.isEmpty() && !VAT.matcher(vat).matches()) {
        throw new PayrollProblem(
            PayrollProblem.Kind.BAD_INPUT,
            "Enter the VAT registration number as on the VAT certificate, like GB123456789.");
      }
      a.setVatNumber(vat.isEmpty() ? null : vat);
    }
    if (a.isVatRegistered() && a.getVatNumber() == null && u.vatRegistered() != null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "A VAT-registered agency prints its VAT registration number on its invoices: enter it.");
    }
    if (u.sortCode() != null || u.accountNumber() != null) {
      try {
        a.setSortCode(SortCode.parse(u.sortCode()).value());
        a.setAccountNumber(BankAccountNumber.parse(u.accountNumber()).value());
      } catch (IllegalArgumentException e) {
        throw PayrollProblem.badInput(e);
      }
    }
    Agency after = view(a);
    audit.record(
        viewer.username(),
        "PAYROLL_AGENCY_DETAILS_SET",
        "PayrollAgency",
        a.getId(),
        u.reason().strip()
            + "; VAT "
            + (after.vatRegistered() ? "registered" : "not registered")
            + (before.vatRegistered() == after.vatRegistered() ? "" : " (changed)")
            + (after.address() == null ? "" : "; address " + oneLine(after.address())));
    return after;
  }

  private PayrollAgencyEntity agencyEntity(Viewer viewer) {
    long id = access.agencyOf(viewer);
    return books
        .agency(id)
        .orElseThrow(() -> PayrollProblem.notFound("Your payroll agency is not set up."));
  }

  private static Agency view(PayrollAgencyEntity a) {
    Address address =
        a.getAddressLine1() == null
            ? null
            : new Address(
                a.getAddressLine1(),
                a.getAddressLine2(),
                a.getAddressTown(),
                null,
                a.getAddressPostcode());
    return new Agency(
        a.getId(),
        a.getName(),
        address,
        a.isVatRegistered(),
        a.getVatNumber(),
        a.getSortCode(),
        a.getAccountNumber());
  }

  static String oneLine(Address a) {
    StringBuilder b = new StringBuilder(a.line1());
    for (String part : new String[] {a.line2(), a.town(), a.county(), a.postcode()}) {
      if (!blank(part)) {
        b.append(", ").append(part);
      }
    }
    return b.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return blank(s) ? null : s.strip();
  }
}
