package org.dpsupport.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.kernel.RuleException;

/**
 * The safety net under every page: a refusal or bad input that a page did not handle itself ends on
 * the right error page in plain words (403 someone else's record, 404 no such record, 400 a value
 * in the address that cannot be used, 413 an upload over the limit) instead of the page for a
 * crash. A form larger than the Faces servlet's multipart limit is refused before any of it is
 * read.
 */
@WebFilter(filterName = "pageErrors", urlPatterns = "*.xhtml")
public class PageErrorFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(PageErrorFilter.class.getName());

  /** web.xml's max-request-size for the Faces servlet. */
  static final long MAX_FORM_BYTES = 25_165_824;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_FORM_BYTES) {
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      int status = statusFor(e);
      if (status == 0 || response.isCommitted()) {
        throw e;
      }
      LOG.log(Level.FINE, "Page answered " + status, e);
      showErrorPage(request, response, status, knownCause(e).getMessage());
    }
  }

  /**
   * Renders the error page for this status in place of the half-rendered page. The page may have
   * written into the (uncommitted) buffer already, after which the container refuses to resize it,
   * so the error page is rendered through a response that leaves the buffer's size alone.
   */
  private static void showErrorPage(
      HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException, ServletException {
    response.resetBuffer();
    response.setStatus(status);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    if (status == 403 || status == 404) {
      request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
    }
    String page =
        switch (status) {
          case 403 -> "/error/403.xhtml";
          case 404 -> "/error/404.xhtml";
          case 413 -> "/error/413.xhtml";
          default -> "/error/400.xhtml";
        };
    request
        .getRequestDispatcher(page)
        .forward(
            request,
            new HttpServletResponseWrapper(response) {
              @Override
              public void setBufferSize(int size) {
                if (!response.isCommitted() && response.getBufferSize() < size) {
                  try {
                    super.setBufferSize(size);
                  } catch (IllegalStateException written) {
                    // the buffer keeps its size; the page still fits unless it is very long
                  }
                }
              }

              @Override
              public void setStatus(int sc) {
                // the error page keeps the error's status
              }
            });
  }

  /** The status for a failure the request caused, or 0 for any other. */
  static int statusFor(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RecordAccessDeniedException) {
        return 403;
      }
      if (t instanceof RuleException r) {
        // a page answers a refused step with its form again, so a state conflict is a 400 here
        return switch (r.kind()) {
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case TOO_LARGE -> 413;
          case BAD_INPUT, CONFLICT -> 400;
        };
      }
      if (t instanceof DateTimeException || t instanceof NumberFormatException) {
        return 400;
      }
      String m = t.getMessage();
      if (m != null && (m.contains("SRVE8021E") || m.contains("SRVE8022E"))) {
        return 413; // Liberty: a part over multipart-config's limits
      }
    }
    return 0;
  }

  private static Throwable knownCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RecordAccessDeniedException || t instanceof RuleException) {
        return t;
      }
    }
    return e;
  }
}
