package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * What the error pages say about why: the service's own sentence when there is one, never the
 * container's (an exception class, "AuthorizationFailed", a stack trace).
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageBean {

  /** Text that is the container's, not ours: class names, exception words, camel-case codes. */
  private static final Pattern TECHNICAL =
      Pattern.compile(
          "([a-z0-9]+\\.){2,}[A-Za-z]|Exception|Error:|AuthorizationFailed|\\bat [a-z]+\\.|"
              + "\\b[A-Z][a-z]+[A-Z][A-Za-z]+\\b|SRVE|CWW");

  /** The reason to show, or {@code fallback} when there is none fit for a person. */
  public String reason(String fallback) {
    Object message =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get("jakarta.servlet.error.message");
    String m = message == null ? "" : message.toString().strip();
    return m.isEmpty() || TECHNICAL.matcher(m).find() ? fallback : m;
  }
}
