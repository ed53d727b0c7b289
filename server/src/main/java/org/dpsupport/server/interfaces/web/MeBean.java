package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.security.Caller;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/** The signed-in person as the page header shows them: name, role-based navigation, sign-out. */
@Named("me")
@RequestScoped
public class MeBean {

  /** A link in the service navigation. A class, not a record: Jakarta EL 5 reads only getters. */
  public static final class NavigationItem {
    private final String label;
    private final String path;
    private final boolean current;

    NavigationItem(String label, String path, boolean current) {
      this.label = label;
      this.path = path;
      this.current = current;
    }

    public String getLabel() {
      return label;
    }

    public String getPath() {
      return path;
    }

    public boolean isCurrent() {
      return current;
    }
  }

  @Inject CurrentViewer current;

  @Inject AuditLog audit;

  @Inject @Any Instance<NavigationContributor> contributors;

  private List<NavigationItem> navigation;

  public boolean isSignedIn() {
    return current.user().isPresent();
  }

  public String getDisplayName() {
    return current.user().map(Caller::displayName).orElse("");
  }

  public String getRoleDescription() {
    return primaryRole().description();
  }

  public List<NavigationItem> getNavigation() {
    if (navigation == null) {
      navigation = navigation();
    }
    return navigation;
  }

  private List<NavigationItem> navigation() {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    List<NavigationItem> items = new ArrayList<>();
    if (current.user().isEmpty()) {
      return items;
    }
    Viewer viewer = current.viewer();
    java.util.Set<String> hidden = new java.util.HashSet<>();
    contributors.forEach(c -> hidden.addAll(c.hiddenPaths(viewer)));
    for (Role role : viewer.roles()) {
      String path = role.startPage();
      if (!hidden.contains(path)) {
        items.add(new NavigationItem(label(role), path, path.equals(viewId)));
      }
    }
    items.sort(Comparator.comparing(NavigationItem::getLabel));
    contributors.stream()
        .flatMap(c -> c.links(viewer).stream())
        .filter(link -> !hidden.contains(link.path()))
        .sorted(
            Comparator.comparingInt(NavigationContributor.Link::order)
                .thenComparing(NavigationContributor.Link::label))
        .forEach(
            link ->
                items.add(
                    new NavigationItem(link.label(), link.path(), link.path().equals(viewId))));
    return items;
  }

  /** The start page of the person's first role; /index.xhtml sends everyone there. */
  /** The signed-in person's start page; someone not signed in goes to the sign-in page. */
  public String goToStartPage() {
    if (!isSignedIn()) {
      return "/signin.xhtml?faces-redirect=true";
    }
    return startPage() + "?faces-redirect=true";
  }

  public String signOut() throws ServletException, IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String who =
        request.getUserPrincipal() == null ? "unknown" : request.getUserPrincipal().getName();
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    // Forget the old session id and the sign-in token, so the next visit starts clean and is not
    // mistaken for a timed-out session.
    for (String name :
        new String[] {
          org.dpsupport.server.security.DpsAuthenticationMechanism.SESSION_COOKIE,
          org.dpsupport.server.security.DpsAuthenticationMechanism.SSO_COOKIE
        }) {
      Cookie cookie = new Cookie(name, "");
      cookie.setPath("/");
      cookie.setMaxAge(0);
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
    audit.record(who, "SIGNED_OUT", "User", null, "signed out");
    external.redirect(request.getContextPath() + "/signin.xhtml?signedOut=true");
    faces.responseComplete();
    return null;
  }

  /**
   * The primary role's start page; when that does not apply to the person (an invoice agency that
   * runs no payroll), the first link the header gives them.
   */
  private String startPage() {
    String start = primaryRole().startPage();
    Viewer viewer = current.viewer();
    java.util.Set<String> hidden = new java.util.HashSet<>();
    contributors.forEach(c -> hidden.addAll(c.hiddenPaths(viewer)));
    if (!hidden.contains(start)) {
      return start;
    }
    return contributors.stream()
        .flatMap(c -> c.links(viewer).stream())
        .filter(link -> !hidden.contains(link.path()))
        .sorted(
            Comparator.comparingInt(NavigationContributor.Link::order)
                .thenComparing(NavigationContributor.Link::label))
        .map(NavigationContributor.Link::path)
        .findFirst()
        .orElse(start);
  }

  private Role primaryRole() {
    return current
        .user()
        .flatMap(u -> u.roles().stream().sorted().findFirst())
        .orElseThrow(() -> new IllegalStateException("No one is signed in"));
  }

  private static String label(Role role) {
    return switch (role) {
      case BUDGET_HOLDER -> "Your direct payment";
      case PERSONAL_ASSISTANT -> "Your work";
      case PAYROLL_STAFF -> "Payroll bureau";
      case MONITORING_OFFICER -> "Monitoring";
      case ADMIN -> "Administration";
    };
  }
}
