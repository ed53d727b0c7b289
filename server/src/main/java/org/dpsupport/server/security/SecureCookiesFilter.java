package org.dpsupport.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every cookie the application sends over HTTPS is {@code Secure}, whatever {@code DPS_HTTPS_ONLY}
 * says (for example the two cookies sign-out clears). Over plain HTTP cookies are left as they are.
 * Cookies are marked as they are added, and {@code Set-Cookie} headers already on the response are
 * rewritten just before it is committed: before the first byte of the body, a redirect, an error or
 * a flush, and when the chain returns. This filter is mapped first in web.xml so that every other
 * filter and page sees the wrapper.
 *
 * <p>Not covered: the session cookie ({@code DPSSESSION}) Liberty writes when a session starts or
 * its id changes. Liberty adds it to its own response object, past any wrapper, and keeps it out of
 * {@code getHeaders}; its switch ({@code httpSession cookieSecure}) is server-wide, so it follows
 * {@code DPS_HTTPS_ONLY}, which is true unless a server turns it off to serve plain HTTP (the demo,
 * the tests, the benchmarks). It sets the switch (and {@code ssoRequiresSSL} for the single sign-on
 * cookie {@code DPSAUTH}, which this service's sign-in does not issue) and redirects HTTP to HTTPS.
 * {@code SecureCookiesIT} shows both behaviours.
 */
public class SecureCookiesFilter extends HttpFilter {

  static final String SET_COOKIE = "Set-Cookie";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.isSecure()) {
      chain.doFilter(request, response);
      return;
    }
    SecureCookiesResponse secured = new SecureCookiesResponse(response);
    try {
      chain.doFilter(request, secured);
    } finally {
      secured.secureSetCookieHeaders();
    }
  }

  /** A {@code Set-Cookie} value with the {@code Secure} attribute (unchanged if it has one). */
  static String secure(String setCookie) {
    for (String attribute : setCookie.split(";")) {
      if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
        return setCookie;
      }
    }
    return setCookie + "; Secure";
  }

  /** A response whose cookies all leave with {@code Secure}. */
  static final class SecureCookiesResponse extends HttpServletResponseWrapper {

    private ServletOutputStream stream;
    private PrintWriter writer;

    SecureCookiesResponse(HttpServletResponse response) {
      super(response);
    }

    /** Rewrites the {@code Set-Cookie} headers on the response so far, while it can change. */
    void secureSetCookieHeaders() {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (response.isCommitted()) {
        return;
      }
      List<String> values = new ArrayList<>(response.getHeaders(SET_COOKIE));
      if (values.isEmpty() || values.stream().allMatch(v -> secure(v).equals(v))) {
        return;
      }
      response.setHeader(SET_COOKIE, secure(values.get(0)));
      for (String value : values.subList(1, values.size())) {
        response.addHeader(SET_COOKIE, secure(value));
      }
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setSecure(true);
      super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, SET_COOKIE.equalsIgnoreCase(name) ? secure(value) : value);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, SET_COOKIE.equalsIgnoreCase(name) ? secure(value) : value);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      secureSetCookieHeaders();
      super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
      secureSetCookieHeaders();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      secureSetCookieHeaders();
      super.sendError(status, message);
    }

    @Override
    public void flushBuffer() throws IOException {
      secureSetCookieHeaders();
      super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        stream = new BeforeFirstByte(super.getOutputStream(), this);
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        Writer target = super.getWriter();
        writer =
            new PrintWriter(
                new Writer() {
                  @Override
                  public void write(char[] chars, int offset, int length) throws IOException {
                    secureSetCookieHeaders();
                    target.write(chars, offset, length);
                  }

                  @Override
                  public void flush() throws IOException {
                    secureSetCookieHeaders();
                    target.flush();
                  }

                  @Override
                  public void close() throws IOException {
                    secureSetCookieHeaders();
                    target.close();
                  }
                });
      }
      return writer;
    }
  }

  /** The body stream: the cookies are made Secure before any byte can commit the response. */
  private static final class BeforeFirstByte extends ServletOutputStream {

    private final ServletOutputStream target;
    private final SecureCookiesResponse response;

    BeforeFirstByte(ServletOutputStream target, SecureCookiesResponse response) {
      this.target = target;
      this.response = response;
    }

    @Override
    public void write(int b) throws IOException {
      response.secureSetCookieHeaders();
      target.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      response.secureSetCookieHeaders();
      target.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      response.secureSetCookieHeaders();
      target.flush();
    }

    @Override
    public void close() throws IOException {
      response.secureSetCookieHeaders();
      target.close();
    }

    @Override
    public boolean isReady() {
      return target.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      target.setWriteListener(listener);
    }
  }
}
