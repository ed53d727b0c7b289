package org.dpsupport.server.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.dpsupport.kernel.RuleException;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * A page that cannot be shown answers with a status and a sentence (the error page says it in plain
 * words): 403 for someone else's record, 404 for one that is not there.
 */
public final class PageRefusal {

  private PageRefusal() {}

  /**
   * Sends the status and ends the Faces request. The context is held from before the error is sent:
   * sending it renders the error page as a Faces request of its own, which releases the current
   * context before {@code responseComplete()} could be called.
   */
  public static void send(FacesContext faces, int status, String message) throws IOException {
    faces.getExternalContext().responseSendError(status, message);
    faces.responseComplete();
  }

  /**
   * Reads a page's record before it renders: 404 with {@code missing} when there is no id, else as
   * {@link #load(Runnable, String)}.
   */
  public static void load(Object id, String missing, Runnable read, String notFound)
      throws IOException {
    if (id == null) {
      send(FacesContext.getCurrentInstance(), 404, missing);
      return;
    }
    load(read, notFound);
  }

  /**
   * Reads a page's record before it renders: 403 with the refusal's message for someone else's
   * record, 404 for a record the rules cannot find (with {@code notFound}, or the rule's own
   * message when that is null).
   */
  public static void load(Runnable read, String notFound) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      read.run();
    } catch (RecordAccessDeniedException e) {
      send(faces, 403, e.getMessage());
    } catch (RuleException e) {
      send(faces, 404, notFound == null ? e.getMessage() : notFound);
    }
  }
}
