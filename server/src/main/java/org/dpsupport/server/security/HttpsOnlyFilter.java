package org.dpsupport.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The production setting {@code DPS_HTTPS_ONLY=true}, the default (server.xml variable or
 * environment; only the demo, the integration-test server and the benchmarks turn it off): a
 * request over plain HTTP is redirected to the same address over HTTPS (308, so a form post stays a
 * post) and is never answered; responses over HTTPS carry HSTS ({@link SecurityHeadersFilter}) and
 * cookies are Secure (server.xml).
 */
@WebFilter(filterName = "httpsOnly", urlPatterns = "/*")
public class HttpsOnlyFilter extends HttpFilter {

  private boolean httpsOnly;
  private int httpsPort;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    configure(
        config.getOptionalValue("DPS_HTTPS_ONLY", Boolean.class).orElse(true),
        config.getOptionalValue("https.port", Integer.class).orElse(443));
  }

  /** The production switch and the port HTTP is sent to (the config's, or a test's). */
  void configure(boolean httpsOnly, int httpsPort) {
    this.httpsOnly = httpsOnly;
    this.httpsPort = httpsPort;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!httpsOnly || request.isSecure()) {
      chain.doFilter(request, response);
      return;
    }
    String query = request.getQueryString();
    String target =
        "https://"
            + request.getServerName()
            + (httpsPort == 443 ? "" : ":" + httpsPort)
            + request.getRequestURI()
            + (query == null ? "" : "?" + query);
    response.setStatus(308);
    response.setHeader("Location", target);
  }
}
