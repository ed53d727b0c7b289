package org.dpsupport.server.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent from a page whose saved state is gone (its session ended while the page was open, or
 * in a cluster the page came from a server whose session write had not landed yet) is not a server
 * error: the browser is sent back to the same address with a GET (303), to fill the form in again,
 * instead of the 500 page.
 */
public class ExpiredPageHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ExpiredPageHandler.class.getName());

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredPageHandler(getWrapped().getExceptionHandler());
    }
  }

  public ExpiredPageHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable t = events.next().getContext().getException();
      if (expired(t)) {
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        String again = request.getRequestURI() + (query == null ? "" : "?" + query);
        LOG.fine(() -> "Expired page state for " + again + ": sent back to fill in again");
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!response.isCommitted()) {
          response.resetBuffer();
          response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          response.setHeader("Location", again);
        }
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }

  private static boolean expired(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }
}
