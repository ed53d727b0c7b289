package org.dpsupport.register.domain.model.introduction;

import java.util.Objects;
import org.dpsupport.register.domain.model.people.ContactDetails;

/**
 * Contact details released under an agreed introduction, with the log entry the server must save in
 * the same transaction as it shows them.
 */
public record ContactDisclosure(ContactDetails details, ContactAccessLogEntry logEntry) {
  public ContactDisclosure {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(logEntry, "logEntry");
  }
}
