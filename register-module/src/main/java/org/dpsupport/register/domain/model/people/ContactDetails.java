package org.dpsupport.register.domain.model.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * How to reach a person, and who they are. Never shown publicly: {@link #toString()} hides every
 * field so details cannot leak into logs or pages by accident, and a budget holder sees a PA's
 * details only through an introduction both have agreed to (which logs each view).
 */
public final class ContactDetails {
  private final String fullName;
  private final String email;
  private final String telephone;
  private final PostalAddress address;
  private final LocalDate dateOfBirth;

  /**
   * @param fullName the name the person uses (required)
   * @param email email address, or null when the person has none
   * @param telephone telephone number, or null when the person has none
   * @param address postal address, or null when not given (a budget holder's may be kept elsewhere)
   * @param dateOfBirth date of birth, or null when not known
   */
  public ContactDetails(
      String fullName,
      String email,
      String telephone,
      PostalAddress address,
      LocalDate dateOfBirth) {
    if (fullName == null || fullName.isBlank()) {
      throw new InvalidDetailException("Please enter a name.");
    }
    boolean noEmail = email == null || email.isBlank();
    boolean noTelephone = telephone == null || telephone.isBlank();
    if (noEmail && noTelephone) {
      throw new InvalidDetailException(
          "Please give an email address or a telephone number so people can reach you.");
    }
    if (!noEmail && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidDetailException(
          "'"
              + email.strip()
              + "' does not look like an email address. Please check it, for example name@example.com.");
    }
    if (!noTelephone
        && telephone.replaceAll("[\\s()+-]", "").chars().filter(Character::isDigit).count() < 10) {
      throw new InvalidDetailException(
          "Please enter the telephone number with its area code, for example 020 8215 3000.");
    }
    this.fullName = fullName.strip();
    this.email = noEmail ? null : email.strip();
    this.telephone = noTelephone ? null : telephone.strip();
    this.address = address;
    this.dateOfBirth = dateOfBirth;
  }

  public String fullName() {
    return fullName;
  }

  /** The first name and the initial of the last name ("Amina K."), safe to show publicly. */
  public String publicName() {
    String[] parts = fullName.split("\\s+");
    if (parts.length == 1) {
      return parts[0];
    }
    return parts[0] + " " + parts[parts.length - 1].charAt(0) + ".";
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> telephone() {
    return Optional.ofNullable(telephone);
  }

  public Optional<PostalAddress> address() {
    return Optional.ofNullable(address);
  }

  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactDetails c
        && fullName.equals(c.fullName)
        && Objects.equals(email, c.email)
        && Objects.equals(telephone, c.telephone)
        && Objects.equals(address, c.address)
        && Objects.equals(dateOfBirth, c.dateOfBirth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fullName, email, telephone, address, dateOfBirth);
  }

  /** Hidden on purpose: contact details must never reach a log or a page by accident. */
  @Override
  public String toString() {
    return "ContactDetails[hidden]";
  }
}
